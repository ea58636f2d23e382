package dev.helpdesk.ticket.groups.admin;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.ticket.groups.api.AddGroupMember;
import dev.helpdesk.ticket.groups.api.ChangeGroupEscalation;
import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.api.GroupFields;
import dev.helpdesk.ticket.groups.api.InvalidGroupCommand;
import dev.helpdesk.ticket.groups.api.RemoveGroupMember;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Everything around a group command that the aggregate cannot decide on its own state: that the
 * next-level group exists and escalation does not loop, that the name is unique, and what a
 * duplicate id or a concurrent change means. The API and the start-up seeding both go through
 * here, and each method answers the group as it is afterwards.
 */
@Component
public class GroupAdministration {

    /** Member and escalation commands are idempotent, so a lost race is simply run again. */
    private static final int ATTEMPTS_ON_CONCURRENT_CHANGE = 3;

    private final CommandDispatch commands;
    private final GroupDirectory directory;
    private final GroupNameClaims names;

    GroupAdministration(CommandDispatch commands, GroupDirectory directory, GroupNameClaims names) {
        this.commands = commands;
        this.directory = directory;
        this.names = names;
    }

    /**
     * @throws GroupConflict if the id or the name is taken
     * @throws InvalidGroupCommand if a field is invalid or the next-level group does not exist
     */
    public GroupView create(CreateGroup command, String actorId) {
        if (command.name() == null || command.name().isBlank()) {
            throw InvalidGroupCommand.of("The group cannot be created", "name", "must not be blank");
        }
        if (directory.find(command.groupId()).isPresent()) {
            throw GroupConflict.idTaken(command.groupId());
        }
        requireEscalationTarget(command.groupId(), command.nextLevelGroupId());
        names.claim(command.name(), command.groupId());
        try {
            dispatch(command, actorId);
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            // the event store's unique (aggregate id, sequence) index: someone created this id first
            names.release(command.name(), command.groupId());
            throw GroupConflict.idTaken(command.groupId());
        } catch (RuntimeException e) {
            names.release(command.name(), command.groupId());
            throw e;
        }
        return current(command.groupId());
    }

    public GroupView addMember(String groupId, String agentId, String actorId) {
        requireExisting(groupId);
        dispatchRetrying(new AddGroupMember(groupId, agentId), actorId);
        return current(groupId);
    }

    public GroupView removeMember(String groupId, String agentId, String actorId) {
        requireExisting(groupId);
        dispatchRetrying(new RemoveGroupMember(groupId, agentId), actorId);
        return current(groupId);
    }

    /**
     * @throws InvalidGroupCommand if the next-level group does not exist or would lead back here
     */
    public GroupView changeEscalation(String groupId, String nextLevelGroupId, String supervisorId,
            String actorId) {
        requireExisting(groupId);
        requireEscalationTarget(groupId, nextLevelGroupId);
        dispatchRetrying(new ChangeGroupEscalation(groupId, nextLevelGroupId, supervisorId), actorId);
        return current(groupId);
    }

    /**
     * The next level must be a group, and following next levels from it must not come back
     * here: a loop would pass a breached ticket round in circles. (Two concurrent changes could
     * still close a loop; whoever walks the chain should stop at a group already seen.)
     */
    private void requireEscalationTarget(String groupId, String nextLevelGroupId) {
        if (!GroupFields.isGroupId(nextLevelGroupId) || nextLevelGroupId.equals(groupId)) {
            return; // absent, or malformed or the group itself: the aggregate's rules name these
        }
        Optional<GroupView> step = directory.find(nextLevelGroupId);
        if (step.isEmpty()) {
            throw InvalidGroupCommand.of("Unknown next-level group", "nextLevelGroupId", "names no existing group");
        }
        Set<String> seen = new HashSet<>();
        while (step.isPresent() && seen.add(step.get().id())) {
            if (step.get().id().equals(groupId)) {
                throw InvalidGroupCommand.of("Escalation loop", "nextLevelGroupId",
                        "would make escalation loop back to " + groupId);
            }
            step = Optional.ofNullable(step.get().nextLevelGroupId()).flatMap(directory::find);
        }
    }

    private void requireExisting(String groupId) {
        if (directory.find(groupId).isEmpty()) {
            throw new UnknownGroup(groupId);
        }
    }

    private GroupView current(String groupId) {
        return directory.find(groupId).orElseThrow(() -> new IllegalStateException("Group " + groupId
                + " has no events right after a successful command"));
    }

    private void dispatchRetrying(Object command, String actorId) {
        for (int attempt = 1; ; attempt++) {
            try {
                dispatch(command, actorId);
                return;
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS_ON_CONCURRENT_CHANGE) {
                    throw e;
                }
            }
        }
    }

    private void dispatch(Object command, String actorId) {
        commands.send(command, Map.of(MessageMetadata.ACTOR_ID, actorId));
    }
}
