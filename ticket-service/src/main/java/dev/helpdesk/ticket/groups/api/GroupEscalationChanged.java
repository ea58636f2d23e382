package dev.helpdesk.ticket.groups.api;

import org.axonframework.serialization.Revision;

/** The group's escalation targets now are these (each may be {@code null}: none). */
@Revision("1")
public record GroupEscalationChanged(String groupId, String nextLevelGroupId, String supervisorId) {
}
