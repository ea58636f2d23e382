package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.ticket.groups.api.GroupFields;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/v1/groups/{id}/members}: the agent (token subject) who joins. */
record AddMemberRequest(
        @NotNull @Pattern(regexp = GroupFields.AGENT_ID_PATTERN, message = GroupRequestMessages.AGENT_ID) String agentId) {
}
