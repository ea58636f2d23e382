package dev.helpdesk.escalation.problems.integration;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.escalation.problems.OpenedIncident;
import dev.helpdesk.escalation.problems.RecategorizedTicket;
import dev.helpdesk.escalation.problems.RecurringIncidents;
import dev.helpdesk.escalation.problems.RecurringIncidents.Outcome;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ticket events that recurring-incident detection reads, from the same consumer as the SLA
 * clocks (its handler calls {@link #apply} after the clock's write, so the record's offset is
 * committed only after both): {@code opened} of an INCIDENT counts it toward its category's
 * pattern at the event's time; {@code updated} may move an incident to another category's pattern.
 * Everything else is not for detection. A pattern is the category alone until ticket events carry
 * the affected asset or service; then this is where it joins the key (decisions D31).
 *
 * <p>Counts what became of the events in {@code helpdesk.escalation.problems.incidents{outcome}}.
 */
@Component
public class IncidentEvents {

    static final String INCIDENT = "INCIDENT";
    static final String METER = "helpdesk.escalation.problems.incidents";
    private static final Logger LOG = LoggerFactory.getLogger(IncidentEvents.class);

    private final CloudEventCodec codec;
    private final RecurringIncidents incidents;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    public IncidentEvents(CloudEventCodec codec, RecurringIncidents incidents, MeterRegistry meters) {
        this.codec = codec;
        this.incidents = incidents;
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder(METER).tag("outcome", outcome.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-')).description("ticket events read by recurring-incident detection")
                    .register(meters));
        }
    }

    /** Applies one ticket event, already checked by the clocks' translator; whatever it throws is retried. */
    public void apply(CloudEvent event) {
        Outcome outcome = switch (event.getType()) {
            case TicketEventTypes.OPENED -> opened(event);
            case TicketEventTypes.UPDATED -> updated(event);
            default -> null;
        };
        if (outcome != null) {
            outcomes.get(outcome).increment();
            if (outcome == Outcome.RAISED) {
                LOG.info("Incident {} raised a problem candidate", event.getSubject());
            }
        }
    }

    private Outcome opened(CloudEvent event) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        if (!INCIDENT.equals(opened.type())) {
            return Outcome.IGNORED;
        }
        return incidents.opened(new OpenedIncident(ticketId(event, opened.ticketId()), CloudEventCodec.sequenceOf(event),
                event.getTime().toInstant(), opened.category(), opened.affectedAssetId()));
    }

    private Outcome updated(CloudEvent event) {
        TicketUpdated updated = codec.dataOf(event, TicketUpdated.class);
        return incidents.recategorized(new RecategorizedTicket(ticketId(event, updated.ticketId()),
                CloudEventCodec.sequenceOf(event), updated.category()));
    }

    private static String ticketId(CloudEvent event, String dataTicketId) {
        if (event.getSubject() == null || !event.getSubject().equals(dataTicketId) || event.getTime() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " names no ticket, another ticket than its data, or no time");
        }
        return dataTicketId;
    }
}
