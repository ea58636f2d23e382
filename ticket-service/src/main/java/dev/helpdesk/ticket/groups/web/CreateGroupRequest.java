package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.ticket.groups.api.GroupFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/groups}. Without an {@code id} the group gets a UUID.
 */
record CreateGroupRequest(
        @Pattern(regexp = GroupFields.GROUP_ID_PATTERN, message = GroupRequestMessages.GROUP_ID) String id,
        @NotBlank @Size(max = GroupFields.MAX_NAME) String name,
        @Pattern(regexp = GroupFields.GROUP_ID_PATTERN, message = GroupRequestMessages.GROUP_ID) String nextLevelGroupId,
        @Pattern(regexp = GroupFields.AGENT_ID_PATTERN, message = GroupRequestMessages.AGENT_ID) String supervisorId,
        @Size(max = GroupFields.MAX_MEMBERS) List<@NotNull @Pattern(regexp = GroupFields.AGENT_ID_PATTERN,
                message = GroupRequestMessages.AGENT_ID) String> members) {
}
