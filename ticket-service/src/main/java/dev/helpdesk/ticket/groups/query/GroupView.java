package dev.helpdesk.ticket.groups.query;

import java.util.List;

/**
 * A support group as callers see it (the Group resource of DESIGN.md section 5).
 *
 * @param nextLevelGroupId the functional escalation target, or {@code null}
 * @param supervisorId the agent notified on hierarchical escalation, or {@code null}
 * @param members agent ids (token subjects), in the order they joined
 */
public record GroupView(String id, String name, String nextLevelGroupId, String supervisorId,
        List<String> members) {

    public GroupView {
        members = List.copyOf(members);
    }
}
