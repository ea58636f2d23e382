package dev.helpdesk.eventsourcing;

import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The metadata a command carries from the HTTP request that caused it: the caller, the W3C trace
 * context (the caller's, or a new trace) and the gateway's request id; Axon copies them onto the
 * events ({@link MessageMetadata}).
 */
public final class RequestMetadata {

    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private RequestMetadata() {
    }

    public static Map<String, Object> of(Caller caller, HttpServletRequest request) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MessageMetadata.ACTOR_ID, caller.id());
        metadata.put(MessageMetadata.TRACEPARENT, traceparentOf(request));
        String requestId = request.getHeader("X-Correlation-Id");
        if (requestId != null && !requestId.isBlank() && requestId.length() <= 100) {
            metadata.put(MessageMetadata.REQUEST_ID, requestId);
        }
        return metadata;
    }

    /** The caller's W3C trace context if it sent a valid one, else a new trace. */
    private static String traceparentOf(HttpServletRequest request) {
        String sent = request.getHeader("traceparent");
        if (sent != null && TRACEPARENT.matcher(sent).matches()) {
            return sent;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        random.nextBytes(traceId);
        random.nextBytes(spanId);
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}
