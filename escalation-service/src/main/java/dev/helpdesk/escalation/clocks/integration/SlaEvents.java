package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clocks.EscalationRequest;
import dev.helpdesk.escalation.clocks.FollowUp;
import dev.helpdesk.escalation.clocks.FollowUpKind;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.escalation.clocks.TargetStopped;
import dev.helpdesk.platform.events.OutgoingEvent;

/**
 * A queued SLA event in the published language: a warning or breach ({@value SlaEventTypes#WARNING},
 * {@value SlaEventTypes#BREACHED}) at the instant the threshold was reached, an escalation request
 * ({@value SlaEventTypes#ESCALATION_REQUESTED}) at the instant it was requested, a follow-up, or a
 * target's stop ({@value SlaEventTypes#TARGET_STOPPED}) at the first response or resolution;
 * about the ticket (subject, record key), numbered by the clock (sequence). Everything follows from
 * what was queued, so a resend is the same event: the id of a threshold is
 * {@code <ticketId>:<target>:<threshold>}, which a ticket's target reaches once.
 */
final class SlaEvents {

    private SlaEvents() {
    }

    static OutgoingEvent of(String ticketId, QueuedSlaEvent queued) {
        if (queued instanceof FollowUp followUp) {
            return of(ticketId, followUp);
        }
        if (queued instanceof TargetStopped stop) {
            return of(ticketId, stop);
        }
        return queued instanceof EscalationRequest request ? of(ticketId, request)
                : of(ticketId, (RecordedThreshold) queued);
    }

    /**
     * An auto-close request ({@code <ticketId>:auto-close:<resolvedAt>}) or the n-th reminder of a
     * pending stretch ({@code <ticketId>:pending-reminder:<pendingSince>:<n>}), at the instant it fell due.
     */
    static OutgoingEvent of(String ticketId, FollowUp followUp) {
        if (followUp.kind() == FollowUpKind.AUTO_CLOSE) {
            return new OutgoingEvent(ticketId + ":auto-close:" + followUp.since(), Sources.ESCALATION_SERVICE,
                    SlaEventTypes.AUTO_CLOSE_REQUESTED, ticketId, followUp.at(), followUp.sequence(), null,
                    new SlaAutoCloseRequested(ticketId, followUp.since(), followUp.at()));
        }
        return new OutgoingEvent(ticketId + ":pending-reminder:" + followUp.since() + ":" + followUp.reminder(),
                Sources.ESCALATION_SERVICE, SlaEventTypes.PENDING_REMINDER, ticketId, followUp.at(),
                followUp.sequence(), null,
                new SlaPendingReminder(ticketId, followUp.since(), followUp.reminder(), followUp.at()));
    }

    /**
     * {@code <ticketId>:<target>:stopped:<sequence>}: a target stops once per first response or
     * resolution (D97), and two stops may share an instant (a reopen and resolution stamped before
     * the clock's last change count at it); the sequence never changes. Its time is the stop's instant.
     */
    static OutgoingEvent of(String ticketId, TargetStopped stop) {
        String target = stop.target().name();
        return new OutgoingEvent(ticketId + ":" + target + ":stopped:" + stop.sequence(), Sources.ESCALATION_SERVICE,
                SlaEventTypes.TARGET_STOPPED, ticketId, stop.stoppedAt(), stop.sequence(), null,
                new SlaTargetStopped(ticketId, target, stop.policyId(), stop.calendarId(),
                        stop.businessElapsed().toString(), stop.wallElapsed().toString(), stop.met(),
                        stop.stoppedAt()));
    }

    /**
     * {@code <ticketId>:<target>:escalation}: a target is escalated once. Its time is when it was
     * requested: the breach's instant, or later by the priority's escalation delay.
     */
    static OutgoingEvent of(String ticketId, EscalationRequest request) {
        String target = request.target().name();
        return new OutgoingEvent(ticketId + ":" + target + ":escalation", Sources.ESCALATION_SERVICE,
                SlaEventTypes.ESCALATION_REQUESTED, ticketId, request.requestedAt(), request.sequence(), null,
                new SlaEscalationRequested(ticketId, target, request.levels().stream().map(Enum::name).toList(),
                        reasonOf(request), request.breachedAt(), request.requestedAt(), request.policyId(),
                        request.priority() == null ? null : request.priority().name()));
    }

    static OutgoingEvent of(String ticketId, RecordedThreshold threshold) {
        return new OutgoingEvent(idOf(ticketId, threshold), Sources.ESCALATION_SERVICE, typeOf(threshold), ticketId,
                threshold.reachedAt(), threshold.sequence(), null, dataOf(ticketId, threshold));
    }

    static String typeOf(RecordedThreshold threshold) {
        return threshold.isBreach() ? SlaEventTypes.BREACHED : SlaEventTypes.WARNING;
    }

    /** {@code <ticketId>:RESOLUTION:0.75}; the breach {@code …:1.0}, as the data's threshold reads. */
    static String idOf(String ticketId, RecordedThreshold threshold) {
        return ticketId + ":" + threshold.target().name() + ":" + fraction(threshold);
    }

    private static Object dataOf(String ticketId, RecordedThreshold threshold) {
        String target = threshold.target().name();
        double fraction = threshold.threshold().fraction().doubleValue();
        String priority = threshold.priority() == null ? null : threshold.priority().name();
        if (threshold.isBreach()) {
            return new SlaBreached(ticketId, target, fraction, threshold.reachedAt(), threshold.dueAt(),
                    threshold.policyId(), priority);
        }
        return new SlaWarning(ticketId, target, fraction, threshold.reachedAt(), threshold.dueAt(),
                threshold.remaining() == null ? null : threshold.remaining().toString(), threshold.policyId(),
                priority);
    }

    /** For the ticket's history: which promise was broken, and when it had been due (the breach's instant). */
    private static String reasonOf(EscalationRequest request) {
        String promise = request.target() == TargetKind.FIRST_RESPONSE ? "first-response" : "resolution";
        return "SLA breached: the " + promise + " target was due at " + request.breachedAt();
    }

    /** Plain decimal with at least one digit after the point: 0.75, 0.9, 1.0. */
    private static String fraction(RecordedThreshold threshold) {
        String plain = threshold.threshold().toString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
