package dev.helpdesk.ticket.sla;

import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One record of the SLA topic: the requests of the escalation service that this service carries
 * out on its tickets, an escalation ({@link EscalationRequests}) or the close at the end of the
 * reopen window ({@link AutoCloseRequests}); every other SLA event is counted and skipped. A
 * request that no longer applies is counted and dropped; one that cannot be read goes to the
 * dead-letter topic (the binding's retry settings).
 */
@Component
class SlaEventHandler {

    /** Who the ticket's history names as the actor of what the escalation service asked for. */
    static final String ACTOR = "escalation-service";

    private static final Logger log = LoggerFactory.getLogger(SlaEventHandler.class);

    private final CloudEventCodec codec;
    private final EscalationRequests escalations;
    private final AutoCloseRequests autoClose;
    private final SlaEventMetrics metrics;

    SlaEventHandler(CloudEventCodec codec, EscalationRequests escalations, AutoCloseRequests autoClose,
            SlaEventMetrics metrics) {
        this.codec = codec;
        this.escalations = escalations;
        this.autoClose = autoClose;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        SlaRequestOutcome outcome;
        if (SlaEventTypes.ESCALATION_REQUESTED.equals(event.getType())) {
            SlaEscalationRequested request = codec.dataOf(event, SlaEscalationRequested.class);
            if (request.levels() == null || request.levels().isEmpty()) {
                throw new MalformedEventException("An escalation request needs at least one level");
            }
            outcome = escalations.escalate(event.getId(), ticketIdOf(request.ticketId()), request);
        } else if (SlaEventTypes.AUTO_CLOSE_REQUESTED.equals(event.getType())) {
            SlaAutoCloseRequested request = codec.dataOf(event, SlaAutoCloseRequested.class);
            outcome = autoClose.close(ticketIdOf(request.ticketId()), request);
        } else {
            metrics.otherType();
            return;
        }
        log.info("SLA request {} ({}) for ticket {}: {}", event.getId(), event.getType(), event.getSubject(), outcome);
        metrics.counted(outcome);
    }

    private static UUID ticketIdOf(String ticketId) {
        if (ticketId == null) {
            throw new MalformedEventException("An SLA request needs a ticketId");
        }
        try {
            return UUID.fromString(ticketId);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("An SLA request's ticketId must be a UUID: " + ticketId, e);
        }
    }
}
