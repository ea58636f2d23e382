package dev.helpdesk.benchmark;

/**
 * One closed-loop client of the long-ticket scenario. Each round it re-rates the long ticket and
 * its fresh ticket, then reads both, with the kinds taking turns at going first
 * ({@link TicketKind#firstIn}). Re-ratings carry no If-Match, so a failed request does not spoil
 * the next one and the user goes on.
 */
final class LongTicketUser implements Runnable {

    private final LongTicketPhase phase;
    private final FreshTicket fresh;

    LongTicketUser(LongTicketPhase phase, FreshTicket fresh) {
        this.phase = phase;
        this.fresh = fresh;
    }

    @Override
    public void run() {
        try {
            for (int round = phase.nextRound(); round > 0; round = phase.nextRound()) {
                if (fresh.used()) {
                    String replacement = phase.replaceFresh();
                    if (replacement == null) {
                        // without a fresh ticket there is nothing to compare with; the error fails the run
                        return;
                    }
                    fresh.replace(replacement);
                }
                TicketKind first = TicketKind.firstIn(round);
                reprioritise(first, round);
                reprioritise(first.other(), round);
                read(first);
                read(first.other());
            }
        } catch (InterruptedException e) {
            // the phase timed out and stopped its users
            Thread.currentThread().interrupt();
        }
    }

    /** The same body on both kinds. */
    private void reprioritise(TicketKind kind, int round) throws InterruptedException {
        phase.record(kind, Command.PRIORITY, phase.gateway().reprioritise(idOf(kind), round));
        if (kind == TicketKind.FRESH) {
            fresh.noted();
        }
    }

    private void read(TicketKind kind) throws InterruptedException {
        phase.record(kind, Command.READ, phase.gateway().read(idOf(kind)));
    }

    private String idOf(TicketKind kind) {
        return kind == TicketKind.LONG ? phase.longTicketId() : fresh.id();
    }
}
