package dev.helpdesk.ticket.groups.command;

import dev.helpdesk.ticket.groups.api.ChangeGroupEscalation;
import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.api.GroupFields;
import dev.helpdesk.ticket.groups.api.InvalidGroupCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The invariants a group guards itself, whatever the edge in front of it already checked: a
 * command that breaks one is rejected as a whole, and nothing is recorded.
 */
final class GroupRules {

    private static final String GROUP_ID_RULE = "must be 2 to 50 lowercase letters, digits or hyphens";
    private static final String AGENT_ID_RULE = "must be an agent id: 1 to 100 characters without spaces";

    private GroupRules() {
    }

    static void requireCreatable(CreateGroup command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (!GroupFields.isGroupId(command.groupId())) {
            violations.add(Map.entry("id", GROUP_ID_RULE));
        }
        if (command.name() == null || command.name().isBlank()) {
            violations.add(Map.entry("name", "must not be blank"));
        } else if (command.name().strip().length() > GroupFields.MAX_NAME) {
            violations.add(Map.entry("name", "must be at most " + GroupFields.MAX_NAME + " characters"));
        }
        checkEscalation(command.groupId(), command.nextLevelGroupId(), command.supervisorId(), violations);
        if (command.members().size() > GroupFields.MAX_MEMBERS) {
            violations.add(Map.entry("members", "must have at most " + GroupFields.MAX_MEMBERS + " entries"));
        } else {
            for (int i = 0; i < command.members().size(); i++) {
                if (!GroupFields.isAgentId(command.members().get(i))) {
                    violations.add(Map.entry("members[" + i + "]", AGENT_ID_RULE));
                }
            }
        }
        reject("The group cannot be created", violations);
    }

    static void requireChangeable(ChangeGroupEscalation command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        checkEscalation(command.groupId(), command.nextLevelGroupId(), command.supervisorId(), violations);
        reject("The group's escalation cannot be changed", violations);
    }

    static void requireAgentId(String agentId) {
        if (!GroupFields.isAgentId(agentId)) {
            throw InvalidGroupCommand.of("Not an agent id", "agentId", AGENT_ID_RULE);
        }
    }

    static void requireRoomFor(int members) {
        if (members >= GroupFields.MAX_MEMBERS) {
            throw InvalidGroupCommand.of("The group is full", "agentId",
                    "cannot join: the group already has " + GroupFields.MAX_MEMBERS + " members");
        }
    }

    private static void checkEscalation(String groupId, String nextLevelGroupId, String supervisorId,
            List<Map.Entry<String, String>> violations) {
        if (nextLevelGroupId != null) {
            if (!GroupFields.isGroupId(nextLevelGroupId)) {
                violations.add(Map.entry("nextLevelGroupId", GROUP_ID_RULE));
            } else if (nextLevelGroupId.equals(groupId)) {
                // escalating to itself would keep a breached ticket where it already failed
                violations.add(Map.entry("nextLevelGroupId", "must not be the group itself"));
            }
        }
        if (supervisorId != null && !GroupFields.isAgentId(supervisorId)) {
            violations.add(Map.entry("supervisorId", AGENT_ID_RULE));
        }
    }

    private static void reject(String message, List<Map.Entry<String, String>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidGroupCommand(message, violations);
        }
    }
}
