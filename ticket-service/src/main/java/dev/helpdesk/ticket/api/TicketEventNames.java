package dev.helpdesk.ticket.api;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.util.Map;

/** The public, versioned name of each domain event, as used on Kafka and in a ticket's history. */
public final class TicketEventNames {

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(TicketOpened.class, TicketEventTypes.OPENED),
            Map.entry(TicketDetailsUpdated.class, TicketEventTypes.UPDATED),
            Map.entry(TicketPriorityChanged.class, TicketEventTypes.PRIORITY_CHANGED),
            Map.entry(TicketAssigned.class, TicketEventTypes.ASSIGNED),
            Map.entry(TicketWorkStarted.class, TicketEventTypes.WORK_STARTED),
            Map.entry(TicketCommentAdded.class, TicketEventTypes.COMMENT_ADDED),
            Map.entry(TicketPended.class, TicketEventTypes.PENDED),
            Map.entry(TicketResumed.class, TicketEventTypes.RESUMED),
            Map.entry(TicketEscalated.class, TicketEventTypes.ESCALATED),
            Map.entry(TicketLinked.class, TicketEventTypes.LINKED),
            Map.entry(TicketIncidentLinked.class, TicketEventTypes.INCIDENT_LINKED),
            Map.entry(TicketResolved.class, TicketEventTypes.RESOLVED),
            Map.entry(TicketReopened.class, TicketEventTypes.REOPENED),
            Map.entry(TicketClosed.class, TicketEventTypes.CLOSED),
            Map.entry(TicketCancelled.class, TicketEventTypes.CANCELLED),
            Map.entry(TicketSatisfactionRated.class, TicketEventTypes.SATISFACTION_RATED));

    private TicketEventNames() {
    }

    public static String of(Class<?> eventType) {
        String name = NAMES.get(eventType);
        if (name == null) {
            throw new IllegalArgumentException("No public name for " + eventType.getName());
        }
        return name;
    }
}
