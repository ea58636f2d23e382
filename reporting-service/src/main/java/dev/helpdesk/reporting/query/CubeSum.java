package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's sum of cube cells (and of the contributions of its partial hours). It adds the counts
 * and keeps references to the cells' durations, whose percentiles it works out at the end; so it
 * must be used and finished ({@link #figures}) while the cube's read lock is held.
 */
final class CubeSum {

    private long count;
    private final Map<String, Long> statuses = new HashMap<>();
    private final List<DurationValues> seconds = new ArrayList<>();
    private final List<DurationValues> businessSeconds = new ArrayList<>();
    private final CubeCell edges = new CubeCell();
    private long firstContact;
    private long reopened;
    private long rated;
    private long ratingSum;
    private long met;
    private long breached;

    void add(CubeCell cell) {
        count += cell.count;
        if (cell.statusCounts() != null) {
            cell.statusCounts().forEach((status, n) -> statuses.merge(status, n, Long::sum));
        }
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

    /** A contribution of a partial hour, read from its document. */
    void add(Contribution contribution) {
        edges.add(contribution, 1);
    }

    CubeFigures figures() {
        add(edges);
        long wallCount = seconds.stream().mapToLong(DurationValues::size).sum();
        long wallSum = seconds.stream().mapToLong(DurationValues::sum).sum();
        long businessCount = businessSeconds.stream().mapToLong(DurationValues::size).sum();
        long businessSum = businessSeconds.stream().mapToLong(DurationValues::sum).sum();
        TimeFigure time = TimeFigure.of(wallCount, wallSum, DurationValues.percentile90(seconds, wallCount),
                businessCount, businessSum, DurationValues.percentile90(businessSeconds, businessCount));
        statuses.values().removeIf(n -> n == 0);
        return new CubeFigures(count, Map.copyOf(statuses), time, DurationValues.lowerMedian(seconds, wallCount),
                firstContact, reopened, rated, ratingSum, met, breached);
    }
}
