package dev.helpdesk.escalation.clocks.integration;

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
import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Translates a ticket event from the published language into what it means for the ticket's SLA
 * clock (issue 4, item 3):
 *
 * <ul>
 * <li>{@code opened}: start, under the policy of its priority, type and category;</li>
 * <li>{@code comment-added} PUBLIC by an AGENT: the first response (DESIGN.md section 4: "the
 *     first public reply by an agent is the first response"; the clock ignores every later one, so
 *     the event's own {@code firstResponse} flag is not needed);</li>
 * <li>{@code pended}, {@code resumed}, {@code resolved}, {@code reopened}, {@code closed},
 *     {@code cancelled}: the clock's transitions of the same names;</li>
 * <li>{@code priority-changed}: the new priority; {@code updated}: the category after the edit
 *     (the published update carries no type, a ticket's type never changes); both may choose
 *     another policy;</li>
 * <li>every other ticket event leaves the clock alone; a type this version does not know is
 *     skipped.</li>
 * </ul>
 *
 * <p>The instant is always the event's {@code time}, never the moment it is read. Anything that
 * breaks the contract is a {@link MalformedEventException}, which dead-letters the record.
 */
@Component
public class TicketEventTranslator {

    static final String PUBLIC = "PUBLIC";
    static final String AGENT = "AGENT";

    private final CloudEventCodec codec;

    public TicketEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    Translation translate(CloudEvent event) {
        switch (event.getType()) {
            case TicketEventTypes.OPENED:
                return opened(event);
            case TicketEventTypes.COMMENT_ADDED:
                return commentAdded(event);
            case TicketEventTypes.PENDED:
                return simple(event, TicketPended.class, TicketPended::ticketId, new TicketTransition.Paused());
            case TicketEventTypes.RESUMED:
                return simple(event, TicketResumed.class, TicketResumed::ticketId, new TicketTransition.Resumed());
            case TicketEventTypes.RESOLVED:
                return simple(event, TicketResolved.class, TicketResolved::ticketId, new TicketTransition.Resolved());
            case TicketEventTypes.REOPENED:
                return simple(event, TicketReopened.class, TicketReopened::ticketId, new TicketTransition.Reopened());
            case TicketEventTypes.CLOSED:
                return simple(event, TicketClosed.class, TicketClosed::ticketId, new TicketTransition.Closed());
            case TicketEventTypes.CANCELLED:
                return simple(event, TicketCancelled.class, TicketCancelled::ticketId,
                        new TicketTransition.Cancelled());
            case TicketEventTypes.PRIORITY_CHANGED:
                return priorityChanged(event);
            case TicketEventTypes.UPDATED:
                return updated(event);
            case TicketEventTypes.ASSIGNED:
            case TicketEventTypes.WORK_STARTED:
            case TicketEventTypes.ESCALATED:
            case TicketEventTypes.LINKED:
            case TicketEventTypes.INCIDENT_LINKED:
            case TicketEventTypes.SATISFACTION_RATED:
                requireEnvelope(event);
                return Translation.notForTheClock();
            default:
                return Translation.unknownType();
        }
    }

    private Translation opened(CloudEvent event) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        requireData(event, "priority", opened.priority());
        requireData(event, "type", opened.type());
        return Translation.apply(ticketEvent(event, opened.ticketId(), new TicketTransition.Opened(new TicketDetails(
                known(Priority.class, opened.priority()), known(TicketType.class, opened.type()), opened.category(),
                opened.requesterId()))));
    }

    private Translation commentAdded(CloudEvent event) {
        TicketCommentAdded comment = codec.dataOf(event, TicketCommentAdded.class);
        requireData(event, "visibility", comment.visibility());
        requireData(event, "author", comment.author());
        TicketEvent parsed = ticketEvent(event, comment.ticketId(), new TicketTransition.FirstResponded());
        return PUBLIC.equals(comment.visibility()) && AGENT.equals(comment.author())
                ? Translation.apply(parsed)
                : Translation.notForTheClock();
    }

    private Translation priorityChanged(CloudEvent event) {
        TicketPriorityChanged changed = codec.dataOf(event, TicketPriorityChanged.class);
        requireData(event, "priority", changed.priority());
        return Translation.apply(ticketEvent(event, changed.ticketId(),
                new TicketTransition.PriorityChanged(known(Priority.class, changed.priority()))));
    }

    private Translation updated(CloudEvent event) {
        TicketUpdated updated = codec.dataOf(event, TicketUpdated.class);
        return Translation.apply(ticketEvent(event, updated.ticketId(),
                new TicketTransition.CategoryChanged(updated.category())));
    }

    private <T> Translation simple(CloudEvent event, Class<T> dataType, Function<T, String> ticketId,
            TicketTransition transition) {
        return Translation.apply(ticketEvent(event, ticketId.apply(codec.dataOf(event, dataType)), transition));
    }

    private static TicketEvent ticketEvent(CloudEvent event, String dataTicketId, TicketTransition transition) {
        long sequence = requireEnvelope(event);
        if (!event.getSubject().equals(dataTicketId)) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket " + event.getSubject()
                    + " but its data names ticket " + dataTicketId);
        }
        Instant at = event.getTime().toInstant();
        return new TicketEvent(dataTicketId, sequence, at, transition);
    }

    /** The envelope rules of every event on the topic (DESIGN.md section 3); returns the sequence. */
    private static long requireEnvelope(CloudEvent event) {
        if (event.getSubject() == null || event.getSubject().isBlank()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no subject (the ticket id)");
        }
        if (event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no time, so the SLA clock cannot tell when it happened");
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no sequence extension of 1 or more, so it cannot be ordered against its ticket's events");
        }
        return sequence;
    }

    private static void requireData(CloudEvent event, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " of type " + event.getType()
                    + " has no " + field + " in its data");
        }
    }

    /** A value a newer producer added is not known here: null, which matches only policies without that condition. */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst()
                .orElse(null);
    }
}
