package dev.helpdesk.escalation.problems.publishing;

import dev.helpdesk.escalation.problems.ProblemCandidate;
import java.util.concurrent.CompletableFuture;

/** Where detections go: the escalation service's topic, in the published language. */
public interface DetectionSender {

    /**
     * Sends the candidate's detection as its {@code candidate-detected} event without waiting;
     * sending it again sends the same event (the same id).
     *
     * @return completes once the broker acknowledged the event (all in-sync replicas), or
     *     exceptionally if it did not
     */
    CompletableFuture<?> send(ProblemCandidate candidate);
}
