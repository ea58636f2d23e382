package dev.helpdesk.knowledge.integration;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.knowledge.api.SuggestArticles;
import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.search.Suggestions;
import dev.helpdesk.knowledge.tickets.TicketText;
import dev.helpdesk.knowledge.tickets.TicketTexts;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the tickets topic (issue 5, items 3 to 5): an {@code opened} ticket's text
 * is kept, the articles found for it are recorded (and so published) as the ticket's suggestions,
 * and its requester's portal searches just before it no longer count as deflections; an {@code updated} one's text replaces the kept one; a {@code resolved} one that cites
 * an article counts for that article, and a resolved PROBLEM becomes a known-error draft
 * ({@link KnownErrors}). Every step is idempotent (the text by sequence, the suggestions once per
 * ticket, the count once per article and ticket, the draft once per problem), so a record read twice
 * changes nothing more. It returns only once everything is written, so the offset is committed after
 * the writes; whatever it throws is retried or dead-lettered by the binding.
 */
@Component
class TicketEventHandler {

    static final String ACTOR = "knowledge-service";
    private static final Logger log = LoggerFactory.getLogger(TicketEventHandler.class);

    private final CloudEventCodec codec;
    private final TicketTexts texts;
    private final Suggestions suggestions;
    private final CommandDispatch commands;
    private final ArticleEffectiveness effectiveness;
    private final KnownErrors knownErrors;
    private final TicketEventMetrics metrics;

    TicketEventHandler(CloudEventCodec codec, TicketTexts texts, Suggestions suggestions, CommandDispatch commands,
            ArticleEffectiveness effectiveness, KnownErrors knownErrors, TicketEventMetrics metrics) {
        this.codec = codec;
        this.texts = texts;
        this.suggestions = suggestions;
        this.commands = commands;
        this.effectiveness = effectiveness;
        this.knownErrors = knownErrors;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        switch (event.getType()) {
            case TicketEventTypes.OPENED -> metrics.counted(opened(event));
            case TicketEventTypes.UPDATED -> metrics.counted(updated(event));
            case TicketEventTypes.RESOLVED -> metrics.counted(resolved(event));
            default -> metrics.skipped();
        }
    }

    private boolean opened(CloudEvent event) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        long sequence = requireEnvelope(event, opened.ticketId());
        boolean kept = texts.opened(new TicketText(opened.ticketId(), opened.number(), opened.type(),
                opened.subject(), opened.description(), opened.requesterId(), opened.category(), opened.tags(),
                sequence));
        if (opened.requesterId() != null) {
            // the requester's portal searches just before it deflected nothing (idempotent: a flag)
            effectiveness.ticketOpened(opened.requesterId(), event.getTime().toInstant());
        }
        // Sent also when the text was kept before: a crash may have come between the two writes.
        // The ticket's aggregate records its first suggestions only.
        TicketText ticket = texts.find(opened.ticketId()).orElseThrow();
        commands.send(new SuggestArticles(opened.ticketId(), suggestions.toRecord(ticket.searchText())),
                metadata(event));
        log.debug("Ticket {} opened: text kept {}", opened.ticketId(), kept);
        return kept;
    }

    private boolean updated(CloudEvent event) {
        TicketUpdated updated = codec.dataOf(event, TicketUpdated.class);
        long sequence = requireEnvelope(event, updated.ticketId());
        return texts.updated(updated.ticketId(), sequence, updated.subject(), updated.description(),
                updated.category(), updated.tags());
    }

    private boolean resolved(CloudEvent event) {
        TicketResolved resolved = codec.dataOf(event, TicketResolved.class);
        requireEnvelope(event, resolved.ticketId());
        Instant at = event.getTime().toInstant();
        boolean changed = false;
        if (resolved.articleId() != null && !resolved.articleId().isBlank()) {
            changed = effectiveness.resolvedWith(resolved.articleId().strip(), resolved.ticketId(), at);
        }
        TicketText ticket = texts.find(resolved.ticketId()).orElse(null);
        if (ticket == null) {
            log.info("Resolution {} of ticket {} not checked for a known error: its opened event never reached "
                    + "this service", event.getId(), resolved.ticketId());
            return changed;
        }
        return knownErrors.draftFrom(ticket, resolved, metadata(event)) || changed;
    }

    /** The envelope rules of every event on the topic (DESIGN.md section 3); returns the sequence. */
    private static long requireEnvelope(CloudEvent event, String dataTicketId) {
        if (event.getSubject() == null || !event.getSubject().equals(dataTicketId)) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket " + event.getSubject()
                    + " but its data names ticket " + dataTicketId);
        }
        if (event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no time");
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no sequence extension of 1 or more");
        }
        return sequence;
    }

    /** What this service records is its own doing, in the trace of the request that caused the ticket event. */
    private static Map<String, Object> metadata(CloudEvent event) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MessageMetadata.ACTOR_ID, ACTOR);
        Object traceparent = event.getExtension(CloudEventContract.TRACEPARENT);
        if (traceparent != null) {
            metadata.put(MessageMetadata.TRACEPARENT, traceparent.toString());
        }
        return metadata;
    }
}
