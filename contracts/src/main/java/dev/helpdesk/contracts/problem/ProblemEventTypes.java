package dev.helpdesk.contracts.problem;

/**
 * CloudEvents {@code type} of each problem event, published by the escalation service on
 * {@link dev.helpdesk.contracts.Topics#SLA} beside the SLA events (the service's one topic). The
 * version is part of the name: a change that breaks consumers gets a new name.
 */
public final class ProblemEventTypes {

    public static final String CANDIDATE_DETECTED = "helpdesk.problem.candidate-detected.v1";

    private ProblemEventTypes() {
    }
}
