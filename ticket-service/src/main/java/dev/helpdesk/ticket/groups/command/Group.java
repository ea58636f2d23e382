package dev.helpdesk.ticket.groups.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.ticket.groups.api.AddGroupMember;
import dev.helpdesk.ticket.groups.api.ChangeGroupEscalation;
import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.api.GroupCreated;
import dev.helpdesk.ticket.groups.api.GroupEscalationChanged;
import dev.helpdesk.ticket.groups.api.GroupMemberAdded;
import dev.helpdesk.ticket.groups.api.GroupMemberRemoved;
import dev.helpdesk.ticket.groups.api.RemoveGroupMember;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A support group's write model: its members and where its tickets escalate. Commands that would
 * change nothing (adding a member twice, removing a non-member, setting the same escalation)
 * succeed without an event, so a client may safely repeat them.
 *
 * <p>Whether the next-level group exists is checked before the command is sent: an aggregate
 * decides on its own state only.
 */
@Aggregate
class Group {

    @AggregateIdentifier
    private String groupId;
    private final Set<String> members = new LinkedHashSet<>();
    private String nextLevelGroupId;
    private String supervisorId;

    protected Group() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    Group(CreateGroup command) {
        GroupRules.requireCreatable(command);
        apply(new GroupCreated(command.groupId(), command.name().strip(), command.nextLevelGroupId(),
                command.supervisorId(), command.members().stream().distinct().toList()));
    }

    @CommandHandler
    void handle(AddGroupMember command) {
        GroupRules.requireAgentId(command.agentId());
        if (members.contains(command.agentId())) {
            return;
        }
        GroupRules.requireRoomFor(members.size());
        apply(new GroupMemberAdded(groupId, command.agentId()));
    }

    @CommandHandler
    void handle(RemoveGroupMember command) {
        GroupRules.requireAgentId(command.agentId());
        if (members.contains(command.agentId())) {
            apply(new GroupMemberRemoved(groupId, command.agentId()));
        }
    }

    @CommandHandler
    void handle(ChangeGroupEscalation command) {
        GroupRules.requireChangeable(command);
        if (!Objects.equals(nextLevelGroupId, command.nextLevelGroupId())
                || !Objects.equals(supervisorId, command.supervisorId())) {
            apply(new GroupEscalationChanged(groupId, command.nextLevelGroupId(), command.supervisorId()));
        }
    }

    @EventSourcingHandler
    void on(GroupCreated event) {
        groupId = event.groupId();
        members.addAll(event.members());
        nextLevelGroupId = event.nextLevelGroupId();
        supervisorId = event.supervisorId();
    }

    @EventSourcingHandler
    void on(GroupMemberAdded event) {
        members.add(event.agentId());
    }

    @EventSourcingHandler
    void on(GroupMemberRemoved event) {
        members.remove(event.agentId());
    }

    @EventSourcingHandler
    void on(GroupEscalationChanged event) {
        nextLevelGroupId = event.nextLevelGroupId();
        supervisorId = event.supervisorId();
    }
}
