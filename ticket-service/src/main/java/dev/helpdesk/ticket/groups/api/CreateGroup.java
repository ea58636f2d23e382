package dev.helpdesk.ticket.groups.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a support group. The id is chosen before the command is sent (a slug the admin gave, or
 * a UUID), so that creating the same group twice meets the event store's unique index.
 *
 * @param nextLevelGroupId where the group's tickets go on functional escalation, or {@code null}
 * @param supervisorId the agent notified on hierarchical escalation, or {@code null}
 * @param members agent ids (token subjects)
 */
public record CreateGroup(
        @TargetAggregateIdentifier String groupId,
        String name,
        String nextLevelGroupId,
        String supervisorId,
        List<String> members) {

    public CreateGroup {
        // a plain copy, not List.copyOf: a null entry must reach the rules and be named there
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }
}
