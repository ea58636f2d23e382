package dev.helpdesk.benchmark;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a virtual user does with each ticket (or article search), and which events that must put on Kafka. */
enum Scenario {

    /** Only opens: one event per ticket. */
    CREATE(List.of(Command.OPEN), Set.of(TicketEventTypes.OPENED)),

    /**
     * Open, assign to the demo agent, reply publicly, resolve. The assignee's first public reply
     * also starts work, so four commands make five events.
     */
    LIFECYCLE(List.of(Command.OPEN, Command.ASSIGN, Command.COMMENT, Command.RESOLVE),
            Set.of(TicketEventTypes.OPENED, TicketEventTypes.ASSIGNED, TicketEventTypes.COMMENT_ADDED,
                    TicketEventTypes.WORK_STARTED, TicketEventTypes.RESOLVED)),

    /**
     * Re-ratings and reads on one ticket with a long history against the same on new tickets
     * ({@link LongTicketRun}). It compares latencies only, so it expects nothing on Kafka.
     */
    LONG_TICKET(List.of(Command.PRIORITY, Command.READ), Set.of()),

    /**
     * Full-text searches over a knowledge base of many published articles, which it first
     * brings to the asked size ({@link SearchRun}). It opens no tickets and expects nothing on Kafka.
     */
    SEARCH(List.of(Command.SEARCH), Set.of()),

    /**
     * Reporting at scale ({@link ReportsRun}): synthetic tickets published straight to Kafka, the
     * live projection, a rebuild and the report queries. It opens no tickets through the API.
     */
    REPORTS(List.of(), Set.of());

    private final List<Command> commands;
    private final Set<String> expectedEventTypes;

    Scenario(List<Command> commands, Set<String> expectedEventTypes) {
        this.commands = commands;
        this.expectedEventTypes = expectedEventTypes;
    }

    /** As written on the command line and in reports: {@code long-ticket}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The scenario whose label is {@code value}, in any case. */
    static Scenario of(String value) {
        return Arrays.stream(values())
                .filter(scenario -> scenario.label().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + value));
    }

    /** All labels, for messages: "create, lifecycle or long-ticket". */
    static String labels() {
        List<String> labels = Arrays.stream(values()).map(Scenario::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
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
