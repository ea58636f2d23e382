package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.ticket.groups.api.GroupFields;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/v1/groups/{id}/escalation}: both targets are set, a missing or
 * {@code null} one is cleared.
 */
record ChangeEscalationRequest(
        @Pattern(regexp = GroupFields.GROUP_ID_PATTERN, message = GroupRequestMessages.GROUP_ID) String nextLevelGroupId,
        @Pattern(regexp = GroupFields.AGENT_ID_PATTERN, message = GroupRequestMessages.AGENT_ID) String supervisorId) {
}
