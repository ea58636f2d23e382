package dev.helpdesk.escalation.clock;

import java.time.Instant;
import java.util.Objects;

/** A threshold of one target that has been reached, and when. */
public record ReachedThreshold(Threshold threshold, Instant at) {

    public ReachedThreshold {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(at, "at");
    }
}
