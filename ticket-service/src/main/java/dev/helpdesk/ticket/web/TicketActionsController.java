package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.CancelTicket;
import dev.helpdesk.ticket.api.ChangePriority;
import dev.helpdesk.ticket.api.ClaimTicket;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.LinkTicket;
import dev.helpdesk.ticket.api.PendTicket;
import dev.helpdesk.ticket.api.RateSatisfaction;
import dev.helpdesk.ticket.api.ReopenTicket;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.ResumeTicket;
import dev.helpdesk.ticket.api.StartWork;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.UpdateTicketDetails;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions on one ticket. Each takes {@code If-Match} with the version of an earlier
 * {@code ETag} (a stale one is a 412 and changes nothing), sends one command, and answers with
 * the ticket as it is now and its new {@code ETag}.
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}")
class TicketActionsController {

    private final TicketAccess access;
    private final TicketCommands commands;
    private final TicketTimeline timeline;
    private final GroupDirectory groups;
    private final Duration reopenWindow;
    private final LinkedIncidentResolution linkedIncidents;

    TicketActionsController(TicketAccess access, TicketCommands commands, TicketTimeline timeline,
            GroupDirectory groups, @Value("${helpdesk.tickets.reopen-window:7d}") Duration reopenWindow,
            LinkedIncidentResolution linkedIncidents) {
        this.linkedIncidents = linkedIncidents;
        this.groups = groups;
        this.access = access;
        this.commands = commands;
        this.timeline = timeline;
        this.reopenWindow = reopenWindow;
    }

    @PatchMapping
    ResponseEntity<TicketView> update(@PathVariable UUID id, @Valid @RequestBody ActionRequests.UpdateDetails body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new UpdateTicketDetails(id, IfMatch.expectedVersion(ifMatch), body.subject(),
                body.description(), body.category(), body.tags(), caller.id()), caller, http);
    }

    @PostMapping("/assignment")
    ResponseEntity<TicketView> assign(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Assignment body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        if (!caller.hasAny(Role.SUPERVISOR, Role.ADMIN) && !caller.groups().contains(body.groupId())) {
            throw TicketAccess.forbidden("Only supervisors reassign across groups");
        }
        GroupView group = existingGroup("groupId", body.groupId());
        if (body.agentId() != null && !body.agentId().isBlank() && !group.members().contains(body.agentId())) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem("agentId",
                    "is not a member of group " + group.id()), null);
        }
        return send(id, new AssignTicket(id, IfMatch.expectedVersion(ifMatch), body.groupId(), body.agentId(),
                caller.id()), caller, http);
    }

    @PostMapping("/claim")
    ResponseEntity<TicketView> claim(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        requireAgent(caller);
        access.visible(id, caller);
        return send(id, new ClaimTicket(id, IfMatch.expectedVersion(ifMatch), caller.id(), caller.groups()), caller,
                http);
    }

    @PostMapping("/start")
    ResponseEntity<TicketView> start(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new StartWork(id, IfMatch.expectedVersion(ifMatch), caller.id()), caller, http);
    }

    @PostMapping("/comments")
    ResponseEntity<TicketView> comment(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Comment body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.commentable(id, caller);
        boolean customer = caller.isCustomerOnly();
        if (customer && body.visibility() != Visibility.PUBLIC) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem("visibility",
                    "customers write PUBLIC replies only"), null);
        }
        return send(id, new AddComment(id, IfMatch.expectedVersion(ifMatch), UUID.randomUUID().toString(),
                customer ? caller.customerId() : caller.id(), customer ? Author.CUSTOMER : Author.AGENT,
                body.visibility(), body.body(), reopenWindow), caller, http);
    }

    @PostMapping("/priority")
    ResponseEntity<TicketView> priority(@PathVariable UUID id, @Valid @RequestBody ActionRequests.PriorityChange body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new ChangePriority(id, IfMatch.expectedVersion(ifMatch), body.impact(), body.urgency(),
                caller.id()), caller, http);
    }

    @PostMapping("/pending")
    ResponseEntity<TicketView> pend(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new PendTicket(id, IfMatch.expectedVersion(ifMatch), body.reason(), caller.id()), caller, http);
    }

    @PostMapping("/resume")
    ResponseEntity<TicketView> resume(@PathVariable UUID id,
            @Valid @RequestBody(required = false) ActionRequests.Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new ResumeTicket(id, IfMatch.expectedVersion(ifMatch), reasonOf(body), caller.id()), caller,
                http);
    }

    @PostMapping("/escalations")
    ResponseEntity<TicketView> escalate(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Escalation body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        TicketView ticket = access.workable(id, caller);
        String target = body.toGroupId() != null ? existingGroup("toGroupId", body.toGroupId()).id()
                : nextLevelOf(ticket.groupId());
        // with nowhere to move it, an escalation is hierarchical: the group's supervisor is the one to tell
        String supervisor = target == null ? supervisorOf(ticket.groupId()) : null;
        return send(id, new EscalateTicket(id, IfMatch.expectedVersion(ifMatch), body.reason(), target, caller.id(),
                supervisor, null), caller, http);
    }

    @PostMapping("/resolution")
    ResponseEntity<TicketView> resolve(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Resolution body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        TicketView ticket = access.workable(id, caller);
        if (body.cascades() && ticket.type() != TicketType.PROBLEM) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem(
                    "resolveLinkedIncidents", "only a PROBLEM has linked incidents"), null);
        }
        ResponseEntity<TicketView> resolved = send(id, new ResolveTicket(id, IfMatch.expectedVersion(ifMatch),
                body.code(), body.note(), body.articleId(), caller.id(), body.handover()), caller, http);
        if (body.cascades()) {
            linkedIncidents.resolve(resolved.getBody(), body, caller, http);
        }
        return resolved;
    }

    @PostMapping("/reopen")
    ResponseEntity<TicketView> reopen(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new ReopenTicket(id, IfMatch.expectedVersion(ifMatch), body.reason(), caller.id()), caller,
                http);
    }

    @PostMapping("/close")
    ResponseEntity<TicketView> close(@PathVariable UUID id,
            @Valid @RequestBody(required = false) ActionRequests.Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new CloseTicket(id, IfMatch.expectedVersion(ifMatch), reasonOf(body), caller.id()), caller,
                http);
    }

    @PostMapping("/cancel")
    ResponseEntity<TicketView> cancel(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Reason body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        return send(id, new CancelTicket(id, IfMatch.expectedVersion(ifMatch), body.reason(), caller.id()), caller,
                http);
    }

    @PostMapping("/links")
    ResponseEntity<TicketView> link(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Link body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        access.workable(id, caller);
        TicketView target = timeline.current(body.targetId()).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem("targetId", "no such ticket"), null));
        return send(id, new LinkTicket(id, IfMatch.expectedVersion(ifMatch), body.targetId(), target.type(),
                body.kind(), caller.id()), caller, http);
    }

    @PostMapping("/satisfaction")
    ResponseEntity<TicketView> rate(@PathVariable UUID id, @Valid @RequestBody ActionRequests.Satisfaction body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        if (!caller.isCustomerOnly()) {
            throw TicketAccess.forbidden("Only the requester rates a ticket");
        }
        access.visible(id, caller);
        return send(id, new RateSatisfaction(id, IfMatch.expectedVersion(ifMatch), caller.customerId(),
                body.rating(), body.comment()), caller, http);
    }

    private ResponseEntity<TicketView> send(UUID id, Object command, Caller caller, HttpServletRequest http) {
        commands.send(command, caller, http);
        TicketView ticket = access.afterCommand(id, caller);
        return ResponseEntity.ok().eTag("\"" + ticket.version() + "\"").body(ticket);
    }

    /** Functional escalation goes to the group's next level; without one it only flags the ticket. */
    private String nextLevelOf(String groupId) {
        return groupId == null ? null
                : groups.find(groupId).map(GroupView::nextLevelGroupId).orElse(null);
    }

    private String supervisorOf(String groupId) {
        return groupId == null ? null : groups.find(groupId).map(GroupView::supervisorId).orElse(null);
    }

    private GroupView existingGroup(String field, String groupId) {
        return groups.find(groupId).orElseThrow(() -> new ErrorResponseException(HttpStatus.BAD_REQUEST,
                TicketProblems.fieldProblem(field, "no such group"), null));
    }

    private static void requireAgent(Caller caller) {
        if (!caller.hasAny(Role.AGENT, Role.SUPERVISOR)) {
            throw TicketAccess.forbidden("Only agents claim tickets");
        }
    }

    private static String reasonOf(ActionRequests.Reason body) {
        return body == null ? null : body.reason();
    }
}
