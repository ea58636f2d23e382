package dev.helpdesk.eventsourcing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;

/**
 * A Mongo tracking token whose events of the look-back window are a view of a window shared with
 * the tokens before it ({@link TrackedWindow}). It behaves, compares with its own kind and is
 * stored exactly as Axon's token; read back from the token store it holds a plain map, and the
 * next read starts a new window from it.
 */
final class SharedWindowToken extends MongoTrackingToken {

    private static final long serialVersionUID = 1L;

    /** The shared window, or null for a token read back from storage. */
    private final transient TrackedWindow.View window;

    private SharedWindowToken(long timestamp, TrackedWindow.View window) {
        super(timestamp, window);
        this.window = window;
    }

    @JsonCreator
    SharedWindowToken(@JsonProperty("timestamp") Instant timestamp,
            @JsonProperty("trackedEvents") Map<String, Long> trackedEvents) {
        super(timestamp.toEpochMilli(), trackedEvents);
        this.window = null;
    }

    /** The token after {@code previous} (null for none) that has also read the given event. */
    static SharedWindowToken after(MongoTrackingToken previous, String eventId, Instant stamp, long lookBackMillis) {
        long millis = stamp.toEpochMilli();
        long newest = previous == null ? millis : Math.max(previous.getTimestamp().toEpochMilli(), millis);
        TrackedWindow.View base = previous == null ? TrackedWindow.of(Map.of()) : windowOf(previous);
        TrackedWindow.View next = TrackedWindow.append(base, eventId, millis).droppingBefore(newest - lookBackMillis);
        return new SharedWindowToken(newest, next);
    }

    private static TrackedWindow.View windowOf(MongoTrackingToken token) {
        if (token instanceof SharedWindowToken shared && shared.window != null) {
            return shared.window;
        }
        return TrackedWindow.of(token.getTrackedEvents());
    }
}
