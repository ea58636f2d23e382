package dev.helpdesk.reporting.query;

import java.util.HashMap;
import java.util.Map;

/**
 * The figures of the contributions that fall in one cell of the report cube (one kind, one time
 * bucket, one group, priority and type, and for some views one more value), added up. A
 * contribution can be taken out again exactly, so a ticket's document can be replaced by its next
 * version.
 */
final class CubeCell {

    long count;
    /** OPENED: the tickets by their status now. */
    private Map<String, Long> statuses;
    private DurationValues seconds;
    private DurationValues businessSeconds;
    long firstContact;
    long reopened;
    long rated;
    long ratingSum;
    long met;
    long breached;

    void add(Contribution contribution, int sign) {
        count += sign;
        if (contribution.status() != null) {
            statuses().merge(contribution.status(), (long) sign, Long::sum);
        }
        if (contribution.seconds() != null) {
            change(seconds(), contribution.seconds(), sign);
        }
        if (contribution.businessSeconds() != null) {
            change(businessSeconds(), contribution.businessSeconds(), sign);
        }
        firstContact += contribution.firstContact() ? sign : 0;
        reopened += contribution.reopened() ? sign : 0;
        if (contribution.rating() != null) {
            rated += sign;
            ratingSum += (long) sign * contribution.rating();
        }
        met += TicketFacts.SlaOutcome.MET.equals(contribution.outcome()) ? sign : 0;
        breached += TicketFacts.SlaOutcome.BREACHED.equals(contribution.outcome()) ? sign : 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The statuses counted, or null when none was. */
    Map<String, Long> statusCounts() {
        return statuses;
    }

    /** The wall-clock durations, or null when none was counted. */
    DurationValues secondsOrNull() {
        return seconds;
    }

    DurationValues businessSecondsOrNull() {
        return businessSeconds;
    }

    private Map<String, Long> statuses() {
        if (statuses == null) {
            statuses = new HashMap<>();
        }
        return statuses;
    }

    DurationValues seconds() {
        if (seconds == null) {
            seconds = new DurationValues();
        }
        return seconds;
    }

    DurationValues businessSeconds() {
        if (businessSeconds == null) {
            businessSeconds = new DurationValues();
        }
        return businessSeconds;
    }

    private static void change(DurationValues values, long value, int sign) {
        if (sign > 0) {
            values.add(value);
        } else {
            values.remove(value);
        }
    }
}
