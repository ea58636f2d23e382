package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;

/**
 * One virtual user's new ticket in the long-ticket scenario. Every re-rating adds an event, so a
 * "new" ticket that took hundreds of the measured re-ratings would end up a long ticket itself: after
 * {@link #NOTES} re-ratings it is replaced by a ticket just opened and assigned. Used by one virtual
 * user at a time; a phase hands it to the next only after its users have ended.
 */
final class FreshTicket {

    /**
     * Opened and assigned is 2 events, so a fresh ticket has at most 11. Odd, so that with rounds
     * alternating which kind goes first, the replacement's unmeasured open and assign come before
     * a long-first round as often as before a fresh-first one.
     */
    static final int NOTES = 9;

    /** Opens and assigns the next new ticket ({@link GatewayClient#openAssigned}). */
    @FunctionalInterface
    interface Opener {
        Reply open() throws InterruptedException;
    }

    private String id;
    private int notes;

    FreshTicket(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** True once it has had its share of re-ratings and must be replaced before the next one. */
    boolean used() {
        return notes >= NOTES;
    }

    void noted() {
        notes++;
    }

    void replace(String newId) {
        id = newId;
        notes = 0;
    }
}
