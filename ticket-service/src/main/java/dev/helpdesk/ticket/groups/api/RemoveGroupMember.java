package dev.helpdesk.ticket.groups.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An agent leaves a group; removing someone who is not a member changes nothing. */
public record RemoveGroupMember(@TargetAggregateIdentifier String groupId, String agentId) {
}
