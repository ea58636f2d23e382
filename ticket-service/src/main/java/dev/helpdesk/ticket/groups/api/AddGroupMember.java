package dev.helpdesk.ticket.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an agent a member of a group; adding a member twice changes nothing. */
public record AddGroupMember(@TargetAggregateIdentifier String groupId, String agentId) {
}
