package dev.helpdesk.escalation.problems;

import java.time.Instant;

/** Who started turning a candidate into a problem, and when; see {@link ProblemCandidates#promote}. */
public record PromotionClaim(String by, Instant at) {
}
