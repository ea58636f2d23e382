package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.query.SlaEvent;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Translates the SLA thresholds published on {@code helpdesk.sla.v1} (warnings and breaches)
 * and the targets' stops (D98) into the reports' {@link SlaEvent}. The other types on that topic
 * (escalation and auto-close requests, pending reminders, problem candidates) are skipped: the
 * escalations that requests lead to arrive as the ticket's own {@code escalated} events, and
 * counting both would count each twice.
 */
@Component
public class SlaEventTranslator {

    private final CloudEventCodec codec;

    public SlaEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    /** The threshold reached, or empty for a type the reports do not count. */
    public Optional<SlaEvent> translate(CloudEvent event) {
        if (SlaEventTypes.WARNING.equals(event.getType())) {
            SlaWarning warning = codec.dataOf(event, SlaWarning.class);
            return Optional.of(threshold(event, SlaEvent.Kind.WARNING, warning.ticketId(), warning.target(),
                    warning.threshold(), warning.reachedAt()));
        }
        if (SlaEventTypes.BREACHED.equals(event.getType())) {
            SlaBreached breach = codec.dataOf(event, SlaBreached.class);
            return Optional.of(threshold(event, SlaEvent.Kind.BREACHED, breach.ticketId(), breach.target(),
                    breach.threshold(), breach.reachedAt()));
        }
        if (SlaEventTypes.TARGET_STOPPED.equals(event.getType())) {
            return Optional.of(stop(event, codec.dataOf(event, SlaTargetStopped.class)));
        }
        return Optional.empty();
    }

    /** A target's stop with the business time it used (D98), numbered by the event's sequence. */
    private static SlaEvent stop(CloudEvent event, SlaTargetStopped stop) {
        // the same checks as a threshold's: its ticket, target and instant
        threshold(event, SlaEvent.Kind.STOPPED, stop.ticketId(), stop.target(), 0, stop.stoppedAt());
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is a stop without its sequence");
        }
        Duration business;
        try {
            business = Duration.parse(String.valueOf(stop.businessElapsed()));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no ISO-8601 businessElapsed: "
                    + stop.businessElapsed());
        }
        if (business.isNegative()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has a negative businessElapsed");
        }
        return SlaEvent.stopped(stop.ticketId(), event.getId(), stop.target(), stop.stoppedAt(),
                sequence, business.getSeconds());
    }

    private static SlaEvent threshold(CloudEvent event, SlaEvent.Kind kind, String ticketId, String target,
            double threshold, Instant reachedAt) {
        if (ticketId == null || !ticketId.equals(event.getSubject())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about " + event.getSubject()
                    + " but its data names ticket " + ticketId);
        }
        if (target == null || target.isBlank() || reachedAt == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " of type " + event.getType()
                    + " lacks its target or reachedAt");
        }
        return new SlaEvent(ticketId, event.getId(), kind, target, threshold, reachedAt);
    }
}
