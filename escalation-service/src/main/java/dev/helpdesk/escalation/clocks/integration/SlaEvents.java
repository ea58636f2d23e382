package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clocks.FollowUp;
import dev.helpdesk.escalation.clocks.FollowUpKind;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.platform.events.OutgoingEvent;

/**
 * A recorded warning or breach in the published language: {@value SlaEventTypes#WARNING} or
 * {@value SlaEventTypes#BREACHED}, about the ticket (subject, record key), at the instant the
 * threshold was reached (time), numbered by the clock (sequence). Everything follows from what was
 * queued, so a resend is the same event: the id is {@code <ticketId>:<target>:<threshold>}, which a
 * ticket's target reaches once.
 */
final class SlaEvents {

    private SlaEvents() {
    }

    static OutgoingEvent of(String ticketId, QueuedSlaEvent queued) {
        return queued instanceof FollowUp followUp ? of(ticketId, followUp) : of(ticketId, (RecordedThreshold) queued);
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

    static OutgoingEvent of(String ticketId, RecordedThreshold threshold) {
        return new OutgoingEvent(idOf(ticketId, threshold), Sources.ESCALATION_SERVICE, typeOf(threshold), ticketId,
                threshold.reachedAt(), threshold.sequence(), null, dataOf(ticketId, threshold));
    }

    static String typeOf(RecordedThreshold threshold) {
        if (threshold.isEscalation()) {
            return SlaEventTypes.ESCALATION_REQUESTED;
        }
        return threshold.isBreach() ? SlaEventTypes.BREACHED : SlaEventTypes.WARNING;
    }

    /**
     * {@code <ticketId>:RESOLUTION:0.75}; the breach {@code …:1.0}, as the data's threshold reads; the
     * escalation of that breach {@code …:RESOLUTION:escalation}.
     */
    static String idOf(String ticketId, RecordedThreshold threshold) {
        return ticketId + ":" + threshold.target().name() + ":"
                + (threshold.isEscalation() ? "escalation" : fraction(threshold));
    }

    private static Object dataOf(String ticketId, RecordedThreshold threshold) {
        String target = threshold.target().name();
        if (threshold.isEscalation()) {
            // asked for at the breach: requested and breached at the same instant
            return new SlaEscalationRequested(ticketId, target, threshold.escalate().stream().map(Enum::name).toList(),
                    reasonOf(threshold), threshold.reachedAt(), threshold.reachedAt(), threshold.policyId(),
                    threshold.priority() == null ? null : threshold.priority().name());
        }
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

    /** For the ticket's history: which promise was broken, and when it had been due. */
    private static String reasonOf(RecordedThreshold breach) {
        String promise = breach.target() == TargetKind.FIRST_RESPONSE ? "first-response" : "resolution";
        return "SLA breached: the " + promise + " target was due at " + breach.dueAt();
    }

    /** Plain decimal with at least one digit after the point: 0.75, 0.9, 1.0. */
    private static String fraction(RecordedThreshold threshold) {
        String plain = threshold.threshold().toString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
