package dev.helpdesk.ticket.groups.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A support group was created. Who created it and when are in the message's metadata. */
@Revision("1")
public record GroupCreated(
        String groupId,
        String name,
        String nextLevelGroupId,
        String supervisorId,
        List<String> members) {

    public GroupCreated {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
