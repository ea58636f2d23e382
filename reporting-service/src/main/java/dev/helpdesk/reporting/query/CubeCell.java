package dev.helpdesk.reporting.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the contributions that fall in one cell of the report cube (one kind, one hour
 * or day, one group, priority and type, and for some views one more value), added up. A
 * contribution can be taken out again exactly, so a ticket's document can be replaced by its next
 * version. Also the accumulator a query adds cells into.
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

    void addAll(CubeCell other) {
        count += other.count;
        if (other.statuses != null) {
            other.statuses.forEach((status, n) -> statuses().merge(status, n, Long::sum));
        }
        if (other.seconds != null) {
            seconds().addAll(other.seconds);
        }
        if (other.businessSeconds != null) {
            businessSeconds().addAll(other.businessSeconds);
        }
        firstContact += other.firstContact;
        reopened += other.reopened;
        rated += other.rated;
        ratingSum += other.ratingSum;
        met += other.met;
        breached += other.breached;
    }

    boolean isEmpty() {
        return count == 0;
    }

    Map<String, Long> statuses() {
        if (statuses == null) {
            statuses = new LinkedHashMap<>();
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

    /** count, mean and p90 of the durations, and of their business time. */
    TimeFigure timeFigure() {
        DurationValues wall = seconds();
        DurationValues business = businessSeconds();
        return TimeFigure.of(wall.size(), wall.sum(), wall.percentile90(), business.size(), business.sum(),
                business.percentile90());
    }

    private static void change(DurationValues values, long value, int sign) {
        if (sign > 0) {
            values.add(value);
        } else {
            values.remove(value);
        }
    }
}
