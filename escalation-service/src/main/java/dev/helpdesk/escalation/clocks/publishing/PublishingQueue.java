package dev.helpdesk.escalation.clocks.publishing;

import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import java.util.List;

/**
 * The warnings and breaches the clocks queued for publishing, one queue per ticket, each in the
 * order its thresholds were reached. Clock writers append to a queue in the same atomic write as
 * the clock; the publisher only removes, and never changes a clock or its version, so it never
 * makes a clock writer lose.
 */
public interface PublishingQueue {

    /**
     * Tickets whose queue holds something (or held something until just now), at most {@code limit}
     * of them, each with its whole queue, oldest first.
     */
    List<QueuedThresholds> pending(int limit);

    /**
     * Removes exactly {@code published} from the ticket's queue, wherever it is now and whatever was
     * appended since.
     *
     * @return false if it was no longer queued (another publisher removed it first)
     */
    boolean published(String ticketId, QueuedSlaEvent published);

    /** Takes the ticket off {@link #pending} if its queue is empty now; a queue that filled again stays. */
    void settled(String ticketId);

    /** One ticket's queue as read. */
    record QueuedThresholds(String ticketId, List<QueuedSlaEvent> thresholds) {

        public QueuedThresholds {
            thresholds = List.copyOf(thresholds);
        }
    }
}
