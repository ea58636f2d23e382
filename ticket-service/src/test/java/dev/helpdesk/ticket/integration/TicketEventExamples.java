package dev.helpdesk.ticket.integration;

import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketCancelled;
import dev.helpdesk.ticket.api.TicketClosed;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPended;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketResumed;
import dev.helpdesk.ticket.api.TicketSatisfactionRated;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.TicketWorkStarted;
import dev.helpdesk.ticket.api.Visibility;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** One ticket's events in an order its state machine allows, one of each kind but the cancellation. */
final class TicketEventExamples {

    static final UUID TICKET = UUID.fromString("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10");
    static final UUID PROBLEM = UUID.fromString("5d2c9e1f-7a3b-4c8d-9e0f-1a2b3c4d5e6f");

    private TicketEventExamples() {
    }

    static TicketOpened opened(UUID ticketId) {
        return new TicketOpened(ticketId, new TicketNumber(42), TicketType.INCIDENT, "VPN drops", "Every ten minutes",
                "c0000000-0000-4000-8000-000000000001", Channel.PHONE, "network", Level.HIGH, Level.MEDIUM,
                Priority.P2, List.of("vpn"), "demo-agent");
    }

    static TicketCommentAdded comment(UUID ticketId, Visibility visibility) {
        return new TicketCommentAdded(ticketId, UUID.randomUUID().toString(), "agent-anna", Author.AGENT, visibility,
                "Restarted the concentrator", false);
    }

    /** Every kind of ticket event but the cancellation, in an order the state machine allows. */
    static List<Object> lifecycle() {
        return List.of(
                opened(TICKET),
                new TicketDetailsUpdated(TICKET, "VPN drops on Wi-Fi", "Every ten minutes", "network", List.of("vpn")),
                new TicketPriorityChanged(TICKET, Level.HIGH, Level.HIGH, Priority.P1),
                new TicketAssigned(TICKET, "service-desk-l1", "agent-anna", TicketStatus.ASSIGNED),
                new TicketWorkStarted(TICKET, "agent-anna"),
                comment(TICKET, Visibility.PUBLIC),
                new TicketPended(TICKET, "Waiting for the log"),
                new TicketResumed(TICKET, "the requester replied"),
                new TicketEscalated(TICKET, "Needs the network team", "service-desk-l1", "network-l2",
                        TicketStatus.NEW),
                new TicketLinked(TICKET, PROBLEM, LinkKind.CAUSED_BY),
                new TicketResolved(TICKET, ResolutionCode.WORKAROUND, "Pinned to 5 GHz", null),
                new TicketReopened(TICKET, "Still drops at home"),
                new TicketResolved(TICKET, ResolutionCode.FIXED, "New firmware", null),
                new TicketClosed(TICKET, null),
                new TicketSatisfactionRated(TICKET, "c0000000-0000-4000-8000-000000000001", 4, "Thanks"));
    }

    /** One event of every kind: the lifecycle's, a cancellation, and the problem's note of the incident. */
    static List<Object> oneOfEachKind() {
        return Stream.concat(lifecycle().stream(), Stream.of(new TicketCancelled(TICKET, "Opened twice"),
                new TicketIncidentLinked(PROBLEM, TICKET))).toList();
    }
}
