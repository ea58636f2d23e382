package dev.helpdesk.ticket.integration;

import dev.helpdesk.contracts.ticket.ResolvedAsset;
import dev.helpdesk.ticket.api.HandedOverAsset;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketCancelled;
import dev.helpdesk.ticket.api.TicketClosed;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPended;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketResumed;
import dev.helpdesk.ticket.api.TicketSatisfactionRated;
import dev.helpdesk.ticket.api.TicketWorkStarted;
import dev.helpdesk.ticket.api.Visibility;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Translates the service's own events into the published language of the contracts module.
 * The two evolve separately: a domain event may change shape (with an upcaster) while the
 * published one stays readable for every subscriber. Every ticket event has exactly one entry
 * here; {@link #translate} throws for any other, so a new event cannot be skipped silently.
 */
final class IntegrationEvents {

    private static final Map<Class<?>, BiFunction<Object, EventContext, Object>> TRANSLATIONS = Map.ofEntries(
            translation(TicketOpened.class, IntegrationEvents::opened),
            translation(TicketDetailsUpdated.class, IntegrationEvents::updated),
            translation(TicketPriorityChanged.class, IntegrationEvents::priorityChanged),
            translation(TicketAssigned.class, IntegrationEvents::assigned),
            translation(TicketWorkStarted.class, IntegrationEvents::workStarted),
            translation(TicketCommentAdded.class, IntegrationEvents::commentAdded),
            translation(TicketPended.class, IntegrationEvents::pended),
            translation(TicketResumed.class, IntegrationEvents::resumed),
            translation(TicketEscalated.class, IntegrationEvents::escalated),
            translation(TicketLinked.class, IntegrationEvents::linked),
            translation(TicketIncidentLinked.class, IntegrationEvents::incidentLinked),
            translation(TicketResolved.class, IntegrationEvents::resolved),
            translation(TicketReopened.class, IntegrationEvents::reopened),
            translation(TicketClosed.class, IntegrationEvents::closed),
            translation(TicketCancelled.class, IntegrationEvents::cancelled),
            translation(TicketSatisfactionRated.class, IntegrationEvents::satisfactionRated));

    private IntegrationEvents() {
    }

    /** The published record of a ticket event; throws {@link UntranslatedTicketEvent} for an unknown one. */
    static Object translate(Object event, EventContext context) {
        BiFunction<Object, EventContext, Object> translation = TRANSLATIONS.get(event.getClass());
        if (translation == null) {
            throw new UntranslatedTicketEvent(event.getClass());
        }
        return translation.apply(event, context);
    }

    static Set<Class<?>> translatedTypes() {
        return TRANSLATIONS.keySet();
    }

    /** Types each translation at its entry, so the map holds no unchecked casts. */
    private static <E> Map.Entry<Class<?>, BiFunction<Object, EventContext, Object>> translation(Class<E> type,
            BiFunction<E, EventContext, Object> translate) {
        return Map.entry(type, (event, context) -> translate.apply(type.cast(event), context));
    }

    /** The first published record, grown only by added fields: {@code openedBy} comes from the event itself. */
    static dev.helpdesk.contracts.ticket.TicketOpened opened(TicketOpened event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketOpened(event.ticketId().toString(), event.number().toString(),
                event.type().name(), context.status(), event.subject(), event.description(),
                event.requesterId(), event.channel().name(), event.category(), event.impact().name(),
                event.urgency().name(), event.priority().name(), event.tags(), event.openedBy(), context.at(),
                event.affectedAssetId());
    }

    static dev.helpdesk.contracts.ticket.TicketUpdated updated(TicketDetailsUpdated event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketUpdated(event.ticketId().toString(), context.status(),
                event.subject(), event.description(), event.category(), event.tags(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketPriorityChanged priorityChanged(TicketPriorityChanged event,
            EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketPriorityChanged(event.ticketId().toString(), context.status(),
                nameOf(event.impact()), nameOf(event.urgency()), nameOf(event.priority()), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketAssigned assigned(TicketAssigned event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketAssigned(event.ticketId().toString(), context.status(),
                event.groupId(), event.assigneeId(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketWorkStarted workStarted(TicketWorkStarted event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketWorkStarted(event.ticketId().toString(), context.status(),
                event.agentId(), context.by(), context.at());
    }

    /**
     * An INTERNAL note leaves the service without its body (docs/events.md): the topic is read by
     * systems outside the desk and kept for ever, and no subscriber can be made to honour the
     * visibility; agents read the note through the API, which checks who asks.
     */
    static dev.helpdesk.contracts.ticket.TicketCommentAdded commentAdded(TicketCommentAdded event,
            EventContext context) {
        String publishedBody = event.visibility() == Visibility.PUBLIC ? event.body() : null;
        return new dev.helpdesk.contracts.ticket.TicketCommentAdded(event.ticketId().toString(), context.status(),
                event.commentId(), event.authorId(), nameOf(event.author()), nameOf(event.visibility()),
                publishedBody, event.firstResponse(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketPended pended(TicketPended event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketPended(event.ticketId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketResumed resumed(TicketResumed event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketResumed(event.ticketId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketEscalated escalated(TicketEscalated event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketEscalated(event.ticketId().toString(), context.status(),
                event.reason(), event.fromGroupId(), event.toGroupId(), context.by(), context.at(),
                event.supervisorId(), event.requestId());
    }

    static dev.helpdesk.contracts.ticket.TicketLinked linked(TicketLinked event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketLinked(event.ticketId().toString(), context.status(),
                event.targetId().toString(), nameOf(event.kind()), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketIncidentLinked incidentLinked(TicketIncidentLinked event,
            EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketIncidentLinked(event.ticketId().toString(), context.status(),
                event.incidentId().toString(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketResolved resolved(TicketResolved event, EventContext context) {
        HandedOverAsset asset = event.asset();
        return new dev.helpdesk.contracts.ticket.TicketResolved(event.ticketId().toString(), context.status(),
                nameOf(event.code()), event.note(), event.articleId(), context.by(), context.at(),
                asset == null ? null : new ResolvedAsset(asset.assetId(), asset.customerId(), asset.type(),
                        asset.model(), asset.serial(), asset.assetTag()));
    }

    static dev.helpdesk.contracts.ticket.TicketReopened reopened(TicketReopened event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketReopened(event.ticketId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketClosed closed(TicketClosed event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketClosed(event.ticketId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketCancelled cancelled(TicketCancelled event, EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketCancelled(event.ticketId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.ticket.TicketSatisfactionRated satisfactionRated(TicketSatisfactionRated event,
            EventContext context) {
        return new dev.helpdesk.contracts.ticket.TicketSatisfactionRated(event.ticketId().toString(),
                context.status(), event.raterId(), event.rating(), event.comment(), context.by(), context.at());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
