package dev.helpdesk.ticket.api;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.util.Map;

/** The public, versioned name of each domain event, as used on Kafka and in a ticket's history. */
public final class TicketEventNames {

    private static final Map<Class<?>, String> NAMES = Map.of(TicketOpened.class, TicketEventTypes.OPENED);

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
