package dev.helpdesk.escalation.clocks;

import java.util.List;

/**
 * Takes a requester's profile from the customer events (D34) and puts the open clocks of their
 * tickets under what it makes apply: a VIP gets the next stricter priority's targets, a tier may
 * choose a policy of its own. Safe to repeat: the open clocks are always brought to the newest
 * profile kept, whichever event is applied, so a redelivered event (or one whose clocks a crash left
 * half done) finishes the work, and an outdated one changes nothing.
 */
public final class RequesterChanges {

    private final RequesterDirectory directory;
    private final TicketClocks clocks;
    private final int batchSize;

    public RequesterChanges(RequesterDirectory directory, TicketClocks clocks, int batchSize) {
        this.directory = directory;
        this.clocks = clocks;
        this.batchSize = batchSize;
    }

    /** @return how many clocks changed */
    public int apply(RequesterProfile told) {
        directory.record(told);
        RequesterProfile newest = directory.find(told.customerId()).orElse(told);
        int changed = 0;
        String after = "";
        while (true) {
            List<String> open = clocks.openClocksOf(newest.customerId(), after, batchSize);
            for (String ticketId : open) {
                if (clocks.requesterChanged(ticketId, newest, newest.changedAt())) {
                    changed++;
                }
            }
            if (open.size() < batchSize) {
                return changed;
            }
            after = open.get(open.size() - 1);
        }
    }
}
