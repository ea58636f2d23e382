package dev.helpdesk.ticket.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketType;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final UUID TICKET = UUID.fromString("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10");
    private static final TicketNumber NUMBER = new TicketNumber(42);

    private FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
    }

    @Test
    void openingRecordsTheTicketWithThePriorityFromTheMatrix() {
        fixture.givenNoPriorActivity()
                .when(open(Level.HIGH, Level.MEDIUM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TicketOpened(TICKET, NUMBER, TicketType.INCIDENT, "VPN drops every 10 minutes",
                        "Since this morning.", "customer-1", Channel.PHONE, "network", Level.HIGH, Level.MEDIUM,
                        Priority.P2, List.of("vpn"), "demo-agent"));
    }

    @Test
    void openingTrimsTheSubjectAndTagsAndDropsRepeatedTags() {
        fixture.givenNoPriorActivity()
                .when(new OpenTicket(TICKET, NUMBER, TicketType.SERVICE_REQUEST, "  New laptop  ", "", "customer-1",
                        Channel.PORTAL, " ", Level.LOW, Level.LOW, List.of(" laptop", "laptop ", "onboarding"),
                        "demo-agent"))
                .expectEvents(new TicketOpened(TICKET, NUMBER, TicketType.SERVICE_REQUEST, "New laptop", "",
                        "customer-1", Channel.PORTAL, null, Level.LOW, Level.LOW, Priority.P5,
                        List.of("laptop", "onboarding"), "demo-agent"));
    }

    @Test
    void openingWithABlankSubjectIsRejectedAndRecordsNothing() {
        fixture.givenNoPriorActivity()
                .when(new OpenTicket(TICKET, NUMBER, TicketType.INCIDENT, "   ", "text", "customer-1", Channel.API,
                        null, Level.LOW, Level.LOW, List.of(), "demo-agent"))
                .expectException(InvalidTicketCommand.class)
                .expectNoEvents();
    }

    @Test
    void openingWithoutRequesterImpactOrUrgencyNamesEveryMissingField() {
        fixture.givenNoPriorActivity()
                .when(new OpenTicket(TICKET, NUMBER, TicketType.INCIDENT, "Printer jam", "text", " ", Channel.API,
                        null, null, null, List.of(), "demo-agent"))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("requesterId"),
                        org.hamcrest.Matchers.containsString("impact"),
                        org.hamcrest.Matchers.containsString("urgency")));
    }

    @Test
    void openingWithTooLongASubjectIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new OpenTicket(TICKET, NUMBER, TicketType.INCIDENT, "x".repeat(201), "text", "customer-1",
                        Channel.API, null, Level.LOW, Level.LOW, List.of(), "demo-agent"))
                .expectException(InvalidTicketCommand.class)
                .expectNoEvents();
    }

    @Test
    void theRejectionListsTheFieldsAtFault() {
        try {
            TicketRules.requireOpenable(new OpenTicket(TICKET, null, null, "s", null, "r", null, null, Level.LOW,
                    Level.LOW, List.of("ok", " "), "agent"));
        } catch (InvalidTicketCommand rejected) {
            assertThat(rejected.violations()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("number", "type", "description", "channel", "tags");
            return;
        }
        throw new AssertionError("expected a rejection");
    }

    private static OpenTicket open(Level impact, Level urgency) {
        return new OpenTicket(TICKET, NUMBER, TicketType.INCIDENT, "VPN drops every 10 minutes",
                "Since this morning.", "customer-1", Channel.PHONE, "network", impact, urgency, List.of("vpn"),
                "demo-agent");
    }
}
