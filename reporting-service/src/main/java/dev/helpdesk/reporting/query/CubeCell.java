package dev.helpdesk.reporting.query;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The figures of the contributions that fall in one cell of the report cube (one kind, one time
 * bucket, one group, priority and type, and for some views one more value), added up. A
 * contribution can be taken out again exactly, so a ticket's document can be replaced by its next
 * version.
 */
final class CubeCell {

    long count;
    /** OPENED, main view: the tickets by their status now, as parallel arrays (a handful of statuses). */
    private String[] statusNames;
    private long[] statusCounts;
    private DurationValues seconds;
    private DurationValues businessSeconds;
    long firstContact;
    long reopened;
    long rated;
    long ratingSum;
    long met;
    long breached;

    /** @param withStatus whether to count the ticket's status too (only the main view reports it) */
    void add(Contribution contribution, int sign, boolean withStatus) {
        count += sign;
        if (withStatus && contribution.status() != null) {
            countStatus(contribution.status(), sign);
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

    /** Hands each status counted (possibly with zero) and its count to {@code counts}. */
    void statusCounts(BiConsumer<String, Long> counts) {
        if (statusNames != null) {
            for (int i = 0; i < statusNames.length; i++) {
                counts.accept(statusNames[i], statusCounts[i]);
            }
        }
    }

    /** The wall-clock durations, or null when none was counted. */
    DurationValues secondsOrNull() {
        return seconds;
    }

    DurationValues businessSecondsOrNull() {
        return businessSeconds;
    }

    private void countStatus(String status, int sign) {
        if (statusNames == null) {
            statusNames = new String[0];
            statusCounts = new long[0];
        }
        for (int i = 0; i < statusNames.length; i++) {
            if (statusNames[i].equals(status)) {
                statusCounts[i] += sign;
                return;
            }
        }
        statusNames = Arrays.copyOf(statusNames, statusNames.length + 1);
        statusCounts = Arrays.copyOf(statusCounts, statusCounts.length + 1);
        statusNames[statusNames.length - 1] = status;
        statusCounts[statusCounts.length - 1] = sign;
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
