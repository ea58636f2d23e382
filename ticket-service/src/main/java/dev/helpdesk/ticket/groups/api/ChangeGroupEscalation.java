package dev.helpdesk.ticket.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set where a group escalates: both fields are replaced, {@code null} clears one.
 *
 * @param nextLevelGroupId the functional escalation target
 * @param supervisorId the agent notified on hierarchical escalation
 */
public record ChangeGroupEscalation(
        @TargetAggregateIdentifier String groupId,
        String nextLevelGroupId,
        String supervisorId) {
}
