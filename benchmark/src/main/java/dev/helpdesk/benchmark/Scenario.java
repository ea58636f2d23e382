package dev.helpdesk.benchmark;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.util.List;
import java.util.Set;

/** What a virtual user does with each ticket, and which events that must put on Kafka. */
enum Scenario {

    /** Only opens: one event per ticket. */
    CREATE(List.of(Command.OPEN), Set.of(TicketEventTypes.OPENED)),

    /**
     * Open, assign to the demo agent, reply publicly, resolve. The assignee's first public reply
     * also starts work, so four commands make five events.
     */
    LIFECYCLE(List.of(Command.OPEN, Command.ASSIGN, Command.COMMENT, Command.RESOLVE),
            Set.of(TicketEventTypes.OPENED, TicketEventTypes.ASSIGNED, TicketEventTypes.COMMENT_ADDED,
                    TicketEventTypes.WORK_STARTED, TicketEventTypes.RESOLVED));

    private final List<Command> commands;
    private final Set<String> expectedEventTypes;

    Scenario(List<Command> commands, Set<String> expectedEventTypes) {
        this.commands = commands;
        this.expectedEventTypes = expectedEventTypes;
    }

    List<Command> commands() {
        return commands;
    }

    /** Each of these types once per ticket that went through the whole scenario. */
    Set<String> expectedEventTypes() {
        return expectedEventTypes;
    }

    int eventsPerTicket() {
        return expectedEventTypes.size();
    }
}
