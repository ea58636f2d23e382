package dev.helpdesk.escalation.clocks;

import java.util.Optional;

/** The requesters' profiles the customer events told (D34), by customer id. */
public interface RequesterDirectory {

    /** No requester is known: every ticket is judged as of no VIP and no tier. */
    RequesterDirectory NONE = new RequesterDirectory() {
        @Override
        public Optional<RequesterProfile> find(String customerId) {
            return Optional.empty();
        }

        @Override
        public boolean record(RequesterProfile profile) {
            return false;
        }
    };

    Optional<RequesterProfile> find(String customerId);

    /**
     * Keeps {@code profile} unless a profile of the same or a higher sequence is kept already.
     *
     * @return whether it was kept: false for a redelivered or out-of-date event
     */
    boolean record(RequesterProfile profile);
}
