package dev.helpdesk.ticket.groups.query;

import dev.helpdesk.ticket.groups.api.GroupCreated;
import dev.helpdesk.ticket.groups.api.GroupEscalationChanged;
import dev.helpdesk.ticket.groups.api.GroupMemberAdded;
import dev.helpdesk.ticket.groups.api.GroupMemberRemoved;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a group straight from its event stream: current right after a command, with no
 * projection in between. A group has a handful of events, so this is one small indexed read.
 */
@Component
class GroupHistory {

    /** A group as of its newest event; {@code version} counts its events (1 after creation). */
    record Versioned(GroupView group, long version) {
    }

    private final EventStore events;

    GroupHistory(EventStore events) {
        this.events = events;
    }

    Optional<Versioned> read(String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            return Optional.empty();
        }
        DomainEventStream stream = events.readEvents(groupId);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        // ids share one event store with tickets: a stream that is not a group's is no group
        if (!(first.getPayload() instanceof GroupCreated created)) {
            return Optional.empty();
        }
        GroupView group = new GroupView(created.groupId(), created.name(), created.nextLevelGroupId(),
                created.supervisorId(), created.members());
        long version = 1;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            group = apply(group, message.getPayload());
            version = message.getSequenceNumber() + 1;
        }
        return Optional.of(new Versioned(group, version));
    }

    private static GroupView apply(GroupView group, Object event) {
        if (event instanceof GroupMemberAdded added) {
            List<String> members = new ArrayList<>(group.members());
            if (!members.contains(added.agentId())) {
                members.add(added.agentId());
            }
            return new GroupView(group.id(), group.name(), group.nextLevelGroupId(), group.supervisorId(), members);
        }
        if (event instanceof GroupMemberRemoved removed) {
            List<String> members = new ArrayList<>(group.members());
            members.remove(removed.agentId());
            return new GroupView(group.id(), group.name(), group.nextLevelGroupId(), group.supervisorId(), members);
        }
        if (event instanceof GroupEscalationChanged changed) {
            return new GroupView(group.id(), group.name(), changed.nextLevelGroupId(), changed.supervisorId(),
                    group.members());
        }
        throw new IllegalStateException("Group " + group.id() + " has an event this reader does not know: "
                + event.getClass().getName());
    }
}
