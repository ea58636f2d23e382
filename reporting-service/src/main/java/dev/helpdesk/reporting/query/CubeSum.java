package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's sum of cube cells and single contributions (from hours). It adds the counts
 * and keeps references to the cells' durations, whose percentiles it works out at the end; so it
 * must be used and finished ({@link #figures}) while the cube's read lock is held.
 */
final class CubeSum {

    private long count;
    private final Map<String, Long> statuses = new HashMap<>();
    private final List<DurationValues> seconds = new ArrayList<>();
    private final List<DurationValues> businessSeconds = new ArrayList<>();
    private int[] looseSeconds = new int[0];
    private int looseSecondsSize;
    private int[] looseBusiness = new int[0];
    private int looseBusinessSize;
    private long firstContact;
    private long reopened;
    private long rated;
    private long ratingSum;
    private long met;
    private long breached;

    void add(CubeCell cell) {
        count += cell.count;
        cell.statusCounts((status, n) -> statuses.merge(status, n, Long::sum));
        if (cell.secondsOrNull() != null) {
            seconds.add(cell.secondsOrNull());
        }
        if (cell.businessSecondsOrNull() != null) {
            businessSeconds.add(cell.businessSecondsOrNull());
        }
        firstContact += cell.firstContact;
        reopened += cell.reopened;
        rated += cell.rated;
        ratingSum += cell.ratingSum;
        met += cell.met;
        breached += cell.breached;
    }

    /** A single contribution, read from its hour's columns. */
    void add(HourColumns columns, int row, CubeNames names) {
        count++;
        int status = columns.status(row);
        if (status != HourColumns.NONE) {
            statuses.merge(names.name(status), 1L, Long::sum);
        }
        int wall = columns.seconds(row);
        if (wall != HourColumns.NONE) {
            if (looseSecondsSize == looseSeconds.length) {
                looseSeconds = Arrays.copyOf(looseSeconds, Math.max(16, looseSecondsSize * 2));
            }
            looseSeconds[looseSecondsSize++] = wall;
        }
        int business = columns.businessSeconds(row);
        if (business != HourColumns.NONE) {
            if (looseBusinessSize == looseBusiness.length) {
                looseBusiness = Arrays.copyOf(looseBusiness, Math.max(16, looseBusinessSize * 2));
            }
            looseBusiness[looseBusinessSize++] = business;
        }
        firstContact += columns.firstContact(row) ? 1 : 0;
        reopened += columns.reopened(row) ? 1 : 0;
        int rating = columns.rating(row);
        if (rating > 0) {
            rated++;
            ratingSum += rating;
        }
        int outcome = columns.outcome(row);
        met += outcome == 1 ? 1 : 0;
        breached += outcome == 2 ? 1 : 0;
    }

    /** Which order statistics a query needs: each costs a selection over all the durations. */
    enum Percentiles {
        NONE,
        /** The 90th percentiles, wall clock and business time. */
        P90,
        /** The lower median of the wall-clock durations. */
        MEDIAN
    }

    CubeFigures figures(Percentiles needed) {
        if (looseSecondsSize > 0) {
            seconds.add(DurationValues.sorted(looseSeconds, looseSecondsSize));
            looseSecondsSize = 0;
        }
        if (looseBusinessSize > 0) {
            businessSeconds.add(DurationValues.sorted(looseBusiness, looseBusinessSize));
            looseBusinessSize = 0;
        }
        long wallCount = seconds.stream().mapToLong(DurationValues::size).sum();
        long wallSum = seconds.stream().mapToLong(DurationValues::sum).sum();
        long businessCount = businessSeconds.stream().mapToLong(DurationValues::size).sum();
        long businessSum = businessSeconds.stream().mapToLong(DurationValues::sum).sum();
        boolean p90 = needed == Percentiles.P90;
        TimeFigure time = TimeFigure.of(wallCount, wallSum,
                p90 ? DurationValues.percentile90(seconds, wallCount) : null,
                businessCount, businessSum, p90 ? DurationValues.percentile90(businessSeconds, businessCount) : null);
        statuses.values().removeIf(n -> n == 0);
        Long median = needed == Percentiles.MEDIAN ? DurationValues.lowerMedian(seconds, wallCount) : null;
        return new CubeFigures(count, Map.copyOf(statuses), time, median, firstContact, reopened, rated, ratingSum,
                met, breached);
    }
}
