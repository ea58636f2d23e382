package dev.helpdesk.contracts.sla;

import java.time.Instant;

/**
 * The {@code data} of a {@value SlaEventTypes#TARGET_STOPPED} event: a target of a ticket's SLA
 * stopped with an outcome, the first response given or the ticket resolved, and how much time it
 * had used. A reopened ticket's resolution target counts on, so a later resolution publishes it
 * again with the time used until then; the one with the highest CloudEvent {@code sequence} of the
 * ticket and target is the current one. Its CloudEvent {@code id} is
 * {@code <ticketId>:<target>:stopped:<sequence>}: one per stop (two stops may share an instant, a
 * stop's sequence never changes).
 *
 * @param ticketId        the ticket's UUID, also the CloudEvent's subject and the record key
 * @param target          FIRST_RESPONSE or RESOLUTION
 * @param policyId        the SLA policy in force when it stopped
 * @param calendarId      that policy's calendar, whose working time {@code businessElapsed} counts
 * @param businessElapsed the business time the target used, ISO-8601 ({@code PT2H30M}): pending
 *                        time and time outside the calendar's hours not counted
 * @param wallElapsed     the wall-clock time from the ticket's opening to {@code stoppedAt}, ISO-8601
 * @param met             whether the target was kept (stopped before its breach)
 * @param stoppedAt       when it stopped: the first response or the resolution (the CloudEvent's {@code time})
 */
public record SlaTargetStopped(String ticketId, String target, String policyId, String calendarId,
        String businessElapsed, String wallElapsed, boolean met, Instant stoppedAt) {
}
