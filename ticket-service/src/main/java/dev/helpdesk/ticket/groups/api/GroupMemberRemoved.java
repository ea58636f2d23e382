package dev.helpdesk.ticket.groups.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupMemberRemoved(String groupId, String agentId) {
}
