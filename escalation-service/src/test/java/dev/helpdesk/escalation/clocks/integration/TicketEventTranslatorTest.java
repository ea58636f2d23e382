package dev.helpdesk.escalation.clocks.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketResumed;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.clocks.TicketEvent;
import dev.helpdesk.escalation.clocks.TicketTransition;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each published ticket event, and what it means for the SLA clock. */
class TicketEventTranslatorTest {

    private static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final Instant AT = Instant.parse("2026-06-01T09:30:00.250Z");
    /** The data's own instant differs on purpose: the envelope's time is the one that counts. */
    private static final Instant DATA_AT = Instant.parse("2026-06-01T09:29:59Z");

    private final CloudEventCodec codec = new CloudEventCodec();
    private final TicketEventTranslator translator = new TicketEventTranslator(codec);

    @Test
    void anOpenedTicketStartsWithItsPriorityTypeCategoryAndRequester() {
        TicketEvent event = applied(TicketEventTypes.OPENED, 1, opened("P1", "INCIDENT"));

        assertThat(event).isEqualTo(new TicketEvent(TICKET, 1, AT, new TicketTransition.Opened(
                new TicketDetails(Priority.P1, TicketType.INCIDENT, "network", "c-1"))));
    }

    @Test
    void aPriorityOrTypeANewerProducerAddedIsUnknownNotMalformed() {
        TicketEvent event = applied(TicketEventTypes.OPENED, 1, opened("P0", "OUTAGE"));

        assertThat(((TicketTransition.Opened) event.transition()).details())
                .isEqualTo(new TicketDetails(null, null, "network", "c-1"));
    }

    @Test
    void onlyAPublicReplyOfAnAgentIsTheFirstResponse() {
        assertThat(applied(TicketEventTypes.COMMENT_ADDED, 3, comment("AGENT", "PUBLIC")).transition())
                .isEqualTo(new TicketTransition.FirstResponded());

        for (TicketCommentAdded other : List.of(comment("AGENT", "INTERNAL"), comment("CUSTOMER", "PUBLIC"),
                comment("SYSTEM", "PUBLIC"))) {
            assertThat(translator.translate(event(TicketEventTypes.COMMENT_ADDED, 3, other)).kind())
                    .as(other.toString()).isEqualTo(Translation.Kind.NOT_FOR_THE_CLOCK);
        }
    }

    @Test
    void lifecycleEventsMapToTheClocksTransitionsOfTheSameName() {
        Map<String, Object> data = Map.of(
                TicketEventTypes.PENDED, new TicketPended(TICKET, "PENDING", "waiting", "a", DATA_AT),
                TicketEventTypes.RESUMED, new TicketResumed(TICKET, "IN_PROGRESS", null, "a", DATA_AT),
                TicketEventTypes.RESOLVED, new TicketResolved(TICKET, "RESOLVED", "FIXED", "done", null, "a", DATA_AT),
                TicketEventTypes.REOPENED, new TicketReopened(TICKET, "IN_PROGRESS", "no", "c", DATA_AT),
                TicketEventTypes.CLOSED, new TicketClosed(TICKET, "CLOSED", null, null, DATA_AT),
                TicketEventTypes.CANCELLED, new TicketCancelled(TICKET, "CANCELLED", "dup", "c", DATA_AT));
        Map<String, TicketTransition> expected = Map.of(
                TicketEventTypes.PENDED, new TicketTransition.Paused(),
                TicketEventTypes.RESUMED, new TicketTransition.Resumed(),
                TicketEventTypes.RESOLVED, new TicketTransition.Resolved(),
                TicketEventTypes.REOPENED, new TicketTransition.Reopened(),
                TicketEventTypes.CLOSED, new TicketTransition.Closed(),
                TicketEventTypes.CANCELLED, new TicketTransition.Cancelled());

        data.forEach((type, payload) -> assertThat(applied(type, 7, payload))
                .as(type).isEqualTo(new TicketEvent(TICKET, 7, AT, expected.get(type))));
    }

    @Test
    void priorityAndCategoryChangesCarryTheNewValue() {
        assertThat(applied(TicketEventTypes.PRIORITY_CHANGED, 4,
                new TicketPriorityChanged(TICKET, "NEW", "HIGH", "HIGH", "P1", "s", DATA_AT)).transition())
                .isEqualTo(new TicketTransition.PriorityChanged(Priority.P1));
        assertThat(applied(TicketEventTypes.UPDATED, 5,
                new TicketUpdated(TICKET, "NEW", "s", "d", "hardware", List.of(), "s", DATA_AT)).transition())
                .isEqualTo(new TicketTransition.CategoryChanged("hardware"));
    }

    @Test
    void ticketEventsThatDoNotTouchTheClockAndUnknownTypesAreNotApplied() {
        assertThat(translator.translate(event(TicketEventTypes.ASSIGNED, 2,
                new TicketAssigned(TICKET, "ASSIGNED", "g", "a", "s", DATA_AT))).kind())
                .isEqualTo(Translation.Kind.NOT_FOR_THE_CLOCK);
        assertThat(translator.translate(event("helpdesk.ticket.teleported.v1", 2, Map.of("ticketId", TICKET))).kind())
                .isEqualTo(Translation.Kind.UNKNOWN_TYPE);
    }

    @Test
    void theContractsPublishedSamplesAreRead() throws IOException {
        for (String type : List.of(TicketEventTypes.OPENED, TicketEventTypes.COMMENT_ADDED, TicketEventTypes.PENDED,
                TicketEventTypes.RESUMED, TicketEventTypes.PRIORITY_CHANGED, TicketEventTypes.UPDATED,
                TicketEventTypes.RESOLVED, TicketEventTypes.REOPENED, TicketEventTypes.CLOSED,
                TicketEventTypes.CANCELLED, TicketEventTypes.ASSIGNED)) {
            try (InputStream sample = getClass().getResourceAsStream(
                    "/dev/helpdesk/contracts/samples/" + type + ".json")) {
                assertThat(sample).as(type).isNotNull();
                CloudEvent event = codec.decode(sample.readAllBytes());

                assertThat(translator.translate(event).kind()).as(type).isNotEqualTo(Translation.Kind.UNKNOWN_TYPE);
            }
        }
    }

    @Test
    void whatBreaksTheContractIsMalformed() {
        assertMalformed(envelope(TicketEventTypes.PENDED, null, 2L, AT, pendedJson()), "no subject");
        assertMalformed(envelope(TicketEventTypes.PENDED, TICKET, null, AT, pendedJson()), "no sequence");
        assertMalformed(envelope(TicketEventTypes.PENDED, TICKET, 0L, AT, pendedJson()), "no sequence");
        assertMalformed(envelope(TicketEventTypes.PENDED, TICKET, 2L, null, pendedJson()), "no time");
        assertMalformed(envelope(TicketEventTypes.PENDED, "another-ticket", 2L, AT, pendedJson()),
                "its data names ticket " + TICKET);
        assertMalformed(envelope(TicketEventTypes.OPENED, TICKET, 1L, AT,
                "{\"ticketId\":\"" + TICKET + "\",\"type\":\"INCIDENT\",\"openedAt\":\"last tuesday\"}"),
                "is not a TicketOpened");
        assertMalformed(event(TicketEventTypes.OPENED, 1, opened(null, "INCIDENT")), "has no priority");
        assertMalformed(event(TicketEventTypes.COMMENT_ADDED, 2, comment("AGENT", null)), "has no visibility");
        assertMalformed(envelope(TicketEventTypes.ASSIGNED, TICKET, null, AT, "{}"), "no sequence");
    }

    private TicketEvent applied(String type, long sequence, Object data) {
        Translation translation = translator.translate(event(type, sequence, data));
        assertThat(translation.kind()).as(type).isEqualTo(Translation.Kind.APPLY);
        return translation.event();
    }

    private void assertMalformed(CloudEvent event, String reason) {
        assertThatThrownBy(() -> translator.translate(event)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }

    private CloudEvent event(String type, long sequence, Object data) {
        return codec.decode(codec.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.TICKET_SERVICE, type,
                TICKET, AT, sequence, null, data)));
    }

    private static CloudEvent envelope(String type, String subject, Long sequence, Instant time, String json) {
        CloudEventBuilder event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create(Sources.TICKET_SERVICE)).withType(type)
                .withDataContentType(CloudEventContract.DATA_CONTENT_TYPE)
                .withData(json.getBytes(StandardCharsets.UTF_8));
        if (subject != null) {
            event.withSubject(subject);
        }
        if (sequence != null) {
            event.withExtension(CloudEventContract.SEQUENCE, sequence);
        }
        if (time != null) {
            event.withTime(time.atOffset(ZoneOffset.UTC));
        }
        return event.build();
    }

    private static String pendedJson() {
        return "{\"ticketId\":\"" + TICKET + "\",\"status\":\"PENDING\",\"at\":\"" + DATA_AT + "\"}";
    }

    private static TicketOpened opened(String priority, String type) {
        return new TicketOpened(TICKET, "HD-000042", type, "NEW", "VPN drops", "Every ten minutes", "c-1", "PHONE",
                "network", "MEDIUM", "MEDIUM", priority, List.of(), "demo-agent", DATA_AT);
    }

    private static TicketCommentAdded comment(String author, String visibility) {
        return new TicketCommentAdded(TICKET, "IN_PROGRESS", "c-9", "someone", author, visibility, null,
                "AGENT".equals(author) && "PUBLIC".equals(visibility), "someone", DATA_AT);
    }
}
