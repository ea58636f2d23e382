package dev.helpdesk.ticket.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.AssetHandover;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.CancelTicket;
import dev.helpdesk.ticket.api.ChangePriority;
import dev.helpdesk.ticket.api.ClaimTicket;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.HandedOverAsset;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.LinkTicket;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.PendTicket;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.RateSatisfaction;
import dev.helpdesk.ticket.api.RecordLinkedIncident;
import dev.helpdesk.ticket.api.ReopenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.ResumeTicket;
import dev.helpdesk.ticket.api.StartWork;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketCancelled;
import dev.helpdesk.ticket.api.TicketClosed;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPended;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketResumed;
import dev.helpdesk.ticket.api.TicketSatisfactionRated;
import dev.helpdesk.ticket.api.TicketStates;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.TicketWorkStarted;
import dev.helpdesk.ticket.api.UpdateTicketDetails;
import dev.helpdesk.ticket.api.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A ticket's write model: it decides whether a command is allowed in the ticket's state and
 * records the outcome as events. Its state changes only in the event sourcing handlers, so
 * replaying the events always rebuilds the same ticket. The state machine is DESIGN.md's:
 * NEW → ASSIGNED → IN_PROGRESS ⇄ PENDING → RESOLVED → CLOSED, CANCELLED from any open state,
 * RESOLVED → IN_PROGRESS on reopen; CLOSED and CANCELLED are final.
 */
@Aggregate(snapshotTriggerDefinition = "ticketSnapshotTrigger", cache = "ticketCache")
// Snapshots store the aggregate's fields as JSON; it has no getters to expose them.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Ticket {

    @AggregateIdentifier
    private UUID ticketId;
    private TicketType type;
    private TicketStatus status;
    private String requesterId;
    private String subject;
    private String description;
    private String category;
    private java.util.List<String> tags;
    private String groupId;
    private String assigneeId;
    private boolean firstResponseGiven;
    private boolean satisfactionRated;
    private Instant resolvedAt;
    private final Set<String> links = new HashSet<>();
    private final Set<UUID> incidents = new HashSet<>();
    /** The SLA escalation requests carried out: at most one per SLA target. */
    private final Set<String> escalationRequests = new HashSet<>();

    protected Ticket() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    Ticket(OpenTicket command) {
        TicketRules.requireOpenable(command);
        apply(new TicketOpened(command.ticketId(), command.number(), command.type(), command.subject().strip(),
                command.description(), command.requesterId(), command.channel(), blankToNull(command.category()),
                command.impact(), command.urgency(), Priority.of(command.impact(), command.urgency()),
                TicketRules.cleanTags(command.tags()), command.openedBy(), blankToNull(command.affectedAssetId())));
    }

    @CommandHandler
    void handle(UpdateTicketDetails command) {
        checkVersion(command.expectedVersion());
        requireStatus("update", TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                TicketStatus.PENDING);
        TicketRules.requireUpdatable(command);
        String newSubject = command.subject() == null ? subject : command.subject().strip();
        String newDescription = command.description() == null ? description : command.description();
        String newCategory = command.category() == null ? category : blankToNull(command.category());
        java.util.List<String> newTags = command.tags() == null ? tags : TicketRules.cleanTags(command.tags());
        if (Objects.equals(newSubject, subject) && Objects.equals(newDescription, description)
                && Objects.equals(newCategory, category) && Objects.equals(newTags, tags)) {
            return; // nothing changes, so nothing happened
        }
        apply(new TicketDetailsUpdated(ticketId, newSubject, newDescription, newCategory, newTags));
    }

    @CommandHandler
    void handle(ChangePriority command) {
        checkVersion(command.expectedVersion());
        requireOpen("change the priority of");
        TicketRules.requireLevels(command.impact(), command.urgency());
        apply(new TicketPriorityChanged(ticketId, command.impact(), command.urgency(),
                Priority.of(command.impact(), command.urgency())));
    }

    @CommandHandler
    void handle(AssignTicket command) {
        checkVersion(command.expectedVersion());
        requireOpen("assign");
        TicketRules.requireText("groupId", command.groupId());
        String agent = blankToNull(command.agentId());
        TicketStatus after = status == TicketStatus.PENDING ? TicketStatus.PENDING
                : agent == null ? TicketStatus.NEW : TicketStatus.ASSIGNED;
        apply(new TicketAssigned(ticketId, command.groupId(), agent, after));
    }

    @CommandHandler
    void handle(ClaimTicket command) {
        checkVersion(command.expectedVersion());
        requireStatus("claim", TicketStatus.NEW, TicketStatus.ASSIGNED);
        if (command.agentId().equals(assigneeId)) {
            return; // already theirs
        }
        if (groupId != null && !command.agentGroups().contains(groupId)) {
            throw new TicketRejected(status, "claim", "the ticket is in group " + groupId
                    + ", which is not one of the agent's groups");
        }
        String group = groupId != null ? groupId
                : command.agentGroups().stream().sorted().findFirst().orElse(null);
        apply(new TicketAssigned(ticketId, group, command.agentId(), TicketStatus.ASSIGNED));
    }

    @CommandHandler
    void handle(StartWork command) {
        checkVersion(command.expectedVersion());
        requireStatus("start work on", TicketStatus.ASSIGNED);
        if (!command.agentId().equals(assigneeId)) {
            throw new TicketRejected(status, "start work on", "it is assigned to " + assigneeId);
        }
        apply(new TicketWorkStarted(ticketId, command.agentId()));
    }

    @CommandHandler
    void handle(AddComment command) {
        checkVersion(command.expectedVersion());
        requireOpenOrResolved("comment on");
        TicketRules.requireComment(command);
        boolean publicReply = command.visibility() == Visibility.PUBLIC;
        boolean agentReply = command.author() == Author.AGENT;
        boolean firstResponse = publicReply && agentReply && !firstResponseGiven;
        apply(new TicketCommentAdded(ticketId, command.commentId(), command.authorId(), command.author(),
                command.visibility(), command.body(), firstResponse));
        if (publicReply && agentReply && status == TicketStatus.ASSIGNED && command.authorId().equals(assigneeId)) {
            apply(new TicketWorkStarted(ticketId, command.authorId()));
        } else if (publicReply && command.author() == Author.CUSTOMER && status == TicketStatus.PENDING) {
            apply(new TicketResumed(ticketId, "the requester replied"));
        } else if (publicReply && command.author() == Author.CUSTOMER && status == TicketStatus.RESOLVED
                && resolvedAt != null && now().isBefore(resolvedAt.plus(command.reopenWindow()))) {
            apply(new TicketReopened(ticketId, "the requester replied after resolution"));
        }
    }

    @CommandHandler
    void handle(PendTicket command) {
        checkVersion(command.expectedVersion());
        requireStatus("pend", TicketStatus.IN_PROGRESS);
        TicketRules.requireText("reason", command.reason());
        apply(new TicketPended(ticketId, command.reason().strip()));
    }

    @CommandHandler
    void handle(ResumeTicket command) {
        checkVersion(command.expectedVersion());
        requireStatus("resume", TicketStatus.PENDING);
        apply(new TicketResumed(ticketId, blankToNull(command.reason())));
    }

    @CommandHandler
    void handle(EscalateTicket command) {
        if (command.requestId() != null && escalationRequests.contains(command.requestId())) {
            return; // carried out already: a request delivered again changes nothing
        }
        checkVersion(command.expectedVersion());
        requireOpen("escalate");
        TicketRules.requireText("reason", command.reason());
        String target = blankToNull(command.toGroupId());
        if (target != null && target.equals(groupId)) {
            throw new TicketRejected(status, "escalate", "the ticket is already in group " + target);
        }
        TicketStatus after = target == null || status == TicketStatus.PENDING ? status : TicketStatus.NEW;
        apply(new TicketEscalated(ticketId, command.reason().strip(), groupId, target, after,
                blankToNull(command.supervisorId()), command.requestId()));
    }

    @CommandHandler
    void handle(LinkTicket command) {
        checkVersion(command.expectedVersion());
        requireOpenOrResolved("link");
        TicketRules.requireLink(command, ticketId, type);
        if (links.contains(command.kind() + ":" + command.targetId())) {
            return; // linking again changes nothing
        }
        apply(new TicketLinked(ticketId, command.targetId(), command.kind()));
        if (command.kind() == LinkKind.DUPLICATE_OF && status != TicketStatus.RESOLVED) {
            apply(new TicketResolved(ticketId, ResolutionCode.DUPLICATE, "Duplicate of " + command.targetId(), null));
        }
    }

    /**
     * Accepted in every state, a closed problem's too: the incident's link is already recorded
     * and the problem's list must not miss it.
     */
    @CommandHandler
    void handle(RecordLinkedIncident command) {
        if (type != TicketType.PROBLEM) {
            throw new TicketRejected(status, "link an incident to", "it is a " + type + ", not a PROBLEM");
        }
        if (incidents.contains(command.incidentId())) {
            return; // recorded already: the recorder may deliver a link twice
        }
        apply(new TicketIncidentLinked(ticketId, command.incidentId()));
    }

    @CommandHandler
    void handle(ResolveTicket command) {
        checkVersion(command.expectedVersion());
        requireOpen("resolve");
        TicketRules.requireResolution(command);
        TicketRules.requireAssetHandover(type, category, command);
        apply(new TicketResolved(ticketId, command.code(), command.note().strip(), blankToNull(command.articleId()),
                handedOver(command.asset())));
    }

    /**
     * The asset id is derived from the ticket and this resolution's place in its history: the same
     * for every delivery of the event (the customer service records it once), another for a later
     * resolution after a reopen, which may hand over another device.
     */
    private HandedOverAsset handedOver(AssetHandover asset) {
        if (asset == null) {
            return null;
        }
        return new HandedOverAsset(assetIdOf(ticketId, AggregateLifecycle.getVersion() + 1), requesterId,
                asset.type().strip().toUpperCase(Locale.ROOT), blankToNull(asset.model()), blankToNull(asset.serial()),
                blankToNull(asset.assetTag()));
    }

    /** A name-based UUID of the ticket and the (0-based) sequence of the resolution that handed it over. */
    static String assetIdOf(UUID ticketId, long resolutionSequence) {
        return UUID.nameUUIDFromBytes(("helpdesk:ticket-asset:" + ticketId + ":" + resolutionSequence)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    void handle(ReopenTicket command) {
        checkVersion(command.expectedVersion());
        requireStatus("reopen", TicketStatus.RESOLVED);
        TicketRules.requireText("reason", command.reason());
        apply(new TicketReopened(ticketId, command.reason().strip()));
    }

    @CommandHandler
    void handle(CloseTicket command) {
        checkVersion(command.expectedVersion());
        requireStatus("close", TicketStatus.RESOLVED);
        apply(new TicketClosed(ticketId, blankToNull(command.reason())));
    }

    @CommandHandler
    void handle(CancelTicket command) {
        checkVersion(command.expectedVersion());
        requireOpen("cancel");
        TicketRules.requireText("reason", command.reason());
        apply(new TicketCancelled(ticketId, command.reason().strip()));
    }

    @CommandHandler
    void handle(RateSatisfaction command) {
        checkVersion(command.expectedVersion());
        requireStatus("rate", TicketStatus.RESOLVED, TicketStatus.CLOSED);
        if (!Objects.equals(command.raterId(), requesterId)) {
            throw new TicketRejected(status, "rate", "only the requester rates a ticket");
        }
        if (satisfactionRated) {
            throw new TicketRejected(status, "rate", "the requester has already rated it");
        }
        TicketRules.requireRating(command.rating());
        apply(new TicketSatisfactionRated(ticketId, command.raterId(), command.rating(),
                blankToNull(command.comment())));
    }

    @EventSourcingHandler
    void on(TicketOpened event) {
        ticketId = event.ticketId();
        type = event.type();
        requesterId = event.requesterId();
        subject = event.subject();
        description = event.description();
        category = event.category();
        tags = event.tags();
        status = TicketStates.after(event, null);
    }

    @EventSourcingHandler
    void on(TicketDetailsUpdated event) {
        subject = event.subject();
        description = event.description();
        category = event.category();
        tags = event.tags();
    }

    @EventSourcingHandler
    void on(TicketAssigned event) {
        groupId = event.groupId();
        assigneeId = event.assigneeId();
        status = TicketStates.after(event, status);
    }

    @EventSourcingHandler
    void on(TicketEscalated event) {
        if (event.requestId() != null) {
            escalationRequests.add(event.requestId());
        }
        if (event.toGroupId() != null) {
            groupId = event.toGroupId();
            assigneeId = null;
        }
        status = TicketStates.after(event, status);
    }

    @EventSourcingHandler
    void on(TicketCommentAdded event) {
        firstResponseGiven |= event.firstResponse();
    }

    @EventSourcingHandler
    void on(TicketLinked event) {
        links.add(event.kind() + ":" + event.targetId());
    }

    @EventSourcingHandler
    void on(TicketIncidentLinked event) {
        incidents.add(event.incidentId());
    }

    @EventSourcingHandler
    void on(TicketResolved event, @Timestamp Instant at) {
        resolvedAt = at;
        status = TicketStates.after(event, status);
    }

    @EventSourcingHandler
    void on(TicketSatisfactionRated event) {
        satisfactionRated = true;
    }

    /** Events that only move the ticket through its states. */
    @EventSourcingHandler
    void on(Object event) {
        status = TicketStates.after(event, status);
    }

    private void checkVersion(Long expectedVersion) {
        long current = AggregateLifecycle.getVersion() + 1;
        if (expectedVersion != null && expectedVersion != current) {
            throw new dev.helpdesk.ticket.api.StaleTicketVersion(expectedVersion, current);
        }
    }

    private void requireStatus(String action, TicketStatus... allowed) {
        for (TicketStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new TicketRejected(status, action, "allowed only when " + java.util.Arrays.toString(allowed));
    }

    private void requireOpen(String action) {
        requireStatus(action, TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
    }

    private void requireOpenOrResolved(String action) {
        requireStatus(action, TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING,
                TicketStatus.RESOLVED);
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
