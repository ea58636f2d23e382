package dev.helpdesk.ticket.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The {@code Idempotency-Key} header's rules, and a fingerprint of the request it guards. */
final class IdempotencyKeyHeader {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private IdempotencyKeyHeader() {
    }

    static String check(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem("Idempotency-Key",
                    "must be 1 to 255 visible ASCII characters"), null);
        }
        return key;
    }

    /** Equal for equal requests: a retry sends the same body for the same requester. */
    static String fingerprint(OpenTicketRequest request, String requesterId) {
        String canonical = String.join("\u0000", String.valueOf(request.type()), request.subject(),
                request.description(), requesterId, String.valueOf(request.channel()), String.valueOf(request.category()),
                String.valueOf(request.impact()), String.valueOf(request.urgency()), String.valueOf(request.tags()))
                // added only when given, so a request without it keeps the fingerprint it had before the field
                + (request.affectedAssetId() == null ? "" : "\u0000" + request.affectedAssetId());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
