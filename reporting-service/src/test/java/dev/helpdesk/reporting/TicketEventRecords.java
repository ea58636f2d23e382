package dev.helpdesk.reporting;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.article.ArticleEventTypes;
import dev.helpdesk.contracts.article.ArticlePublished;
import dev.helpdesk.contracts.knowledge.KnowledgeDeflectionRecorded;
import dev.helpdesk.contracts.knowledge.KnowledgeEventTypes;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ticket-topic records as the ticket service writes them, and ones that break the contract. */
public final class TicketEventRecords {

    public static final String SAMPLE_TICKET_ID = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private TicketEventRecords() {
    }

    /** The contracts module's published sample of an opened event, byte for byte. */
    public static byte[] contractSample() {
        return contractSample(TicketEventTypes.OPENED);
    }

    public static byte[] opened(String ticketId, String priority, Instant openedAt) {
        return opened(UUID.randomUUID().toString(), ticketId, 1, priority, openedAt);
    }

    public static byte[] opened(String eventId, String ticketId, long sequence, String priority, Instant openedAt) {
        TicketOpened data = new TicketOpened(ticketId, "HD-" + Math.abs(ticketId.hashCode() % 1_000_000),
                "INCIDENT", "NEW", "Printer on floor 3 is jammed", "It jams on every page.",
                "c0000000-0000-4000-8000-000000000001", "PORTAL", "hardware", "MEDIUM", "MEDIUM", priority,
                List.of("printer"), "demo-agent", openedAt);
        return CODEC.encode(new OutgoingEvent(eventId, Sources.TICKET_SERVICE, TicketEventTypes.OPENED, ticketId,
                openedAt, sequence, null, data));
    }

    /** The contracts module's published sample of any ticket event type, byte for byte. */
    public static byte[] contractSample(String type) {
        String resource = "/dev/helpdesk/contracts/samples/" + type + ".json";
        try (InputStream sample = TicketEventRecords.class.getResourceAsStream(resource)) {
            if (sample == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return sample.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A ticket event as the ticket service publishes it: its data is a record of the contracts
     * module, whose {@code at} is also the event's time.
     */
    public static byte[] event(String type, String ticketId, long sequence, Object data, Instant at) {
        return CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.TICKET_SERVICE, type, ticketId,
                at, sequence, null, data));
    }

    /** An SLA breach as the escalation service publishes it (id and sequence as in docs/events.md). */
    public static byte[] slaBreached(String ticketId, String target, Instant reachedAt, long sequence) {
        SlaBreached data = new SlaBreached(ticketId, target, 1.0, reachedAt, reachedAt, "default-p2", "P2");
        return CODEC.encode(new OutgoingEvent(ticketId + ":" + target + ":1.0", Sources.ESCALATION_SERVICE,
                SlaEventTypes.BREACHED, ticketId, reachedAt, sequence, null, data));
    }

    /** An SLA target's stop as the escalation service publishes it (D97). */
    public static byte[] slaTargetStopped(String ticketId, String target, Instant openedAt, Instant stoppedAt,
            Duration businessElapsed, long sequence) {
        SlaTargetStopped data = new SlaTargetStopped(ticketId, target, "default-p2", "business-hours",
                businessElapsed.toString(), Duration.between(openedAt, stoppedAt).toString(), true, stoppedAt);
        return CODEC.encode(new OutgoingEvent(ticketId + ":" + target + ":stopped:" + sequence,
                Sources.ESCALATION_SERVICE, SlaEventTypes.TARGET_STOPPED, ticketId, stoppedAt, sequence, null, data));
    }

    /** An SLA warning as the escalation service publishes it. */
    public static byte[] slaWarning(String ticketId, String target, double threshold, Instant reachedAt, long sequence) {
        SlaWarning data = new SlaWarning(ticketId, target, threshold, reachedAt, reachedAt.plusSeconds(600), "PT10M",
                "default-p2", "P2");
        return CODEC.encode(new OutgoingEvent(ticketId + ":" + target + ":" + threshold, Sources.ESCALATION_SERVICE,
                SlaEventTypes.WARNING, ticketId, reachedAt, sequence, null, data));
    }

    /** An article's publication as the knowledge service publishes it (docs/events.md). */
    public static byte[] articlePublished(String articleId, long sequence, String title, String language, String kind,
            Instant at) {
        ArticlePublished data = new ArticlePublished(articleId, kind, language, "PUBLISHED", 1, title, "# " + title,
                List.of("vpn"), List.of("network"), null, null, "editor-eva", at);
        return CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.KNOWLEDGE_SERVICE,
                ArticleEventTypes.PUBLISHED, articleId, at, sequence, null, data));
    }

    /** A deflection as the knowledge service publishes it: subject and key the search id, sequence 1. */
    public static byte[] deflectionRecorded(String searchId, List<String> articleIds, Instant searchedAt) {
        Instant at = searchedAt.plusSeconds(3900);
        return CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.KNOWLEDGE_SERVICE,
                KnowledgeEventTypes.DEFLECTION_RECORDED, searchId, at, 1, null,
                new KnowledgeDeflectionRecorded(searchId, articleIds, searchedAt, at)));
    }

    /** A valid event of a type a newer ticket service might publish. */
    public static byte[] ofType(String type, String ticketId, long sequence) {
        return CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.TICKET_SERVICE, type, ticketId,
                Instant.now(), sequence, null, Map.of("ticketId", ticketId, "planet", "Mars")));
    }

    /** A well-formed envelope of a known type whose data is not that type's data. */
    public static byte[] openedWithUnreadableData(String ticketId) {
        return envelope(TicketEventTypes.OPENED, ticketId, 1L,
                "{\"ticketId\":\"" + ticketId + "\",\"priority\":\"P2\",\"openedAt\":\"last tuesday\"}");
    }

    /** An envelope with the given attributes and raw JSON data; a {@code null} sequence is left out. */
    public static byte[] envelope(String type, String subject, Long sequence, String jsonData) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(Sources.TICKET_SERVICE))
                .withType(type)
                .withTime(Instant.now().atOffset(ZoneOffset.UTC))
                .withDataContentType(CloudEventContract.DATA_CONTENT_TYPE)
                .withData(jsonData.getBytes(StandardCharsets.UTF_8));
        if (subject != null) {
            event.withSubject(subject);
        }
        if (sequence != null) {
            event.withExtension(CloudEventContract.SEQUENCE, sequence);
        }
        return new JsonFormat().serialize(event.build());
    }
}
