package dev.helpdesk.escalation.problems;

import java.time.Instant;

/**
 * Another supervisor started turning the candidate into a problem a moment ago and has not
 * finished: their retry finishes it, or anyone may once their claim is older than
 * {@code helpdesk.problems.promotion-claim}.
 */
public class PromotionUnderway extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PromotionClaim claim;
    private final Instant anyoneFrom;

    public PromotionUnderway(String candidateId, PromotionClaim claim, Instant anyoneFrom) {
        super("Problem candidate " + candidateId + " is being turned into a problem by " + claim.by() + " since "
                + claim.at() + "; their retry finishes it, anyone's from " + anyoneFrom);
        this.claim = claim;
        this.anyoneFrom = anyoneFrom;
    }

    public PromotionClaim claim() {
        return claim;
    }

    public Instant anyoneFrom() {
        return anyoneFrom;
    }
}
