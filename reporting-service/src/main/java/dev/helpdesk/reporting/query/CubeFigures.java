package dev.helpdesk.reporting.query;

import java.util.Map;

/**
 * What a query read from the report cube for one kind of moment: the moments in the period and
 * what they carry, added up.
 *
 * @param statuses        OPENED: the tickets by their status now (none with zero)
 * @param time            count, mean and p90 of the durations (first response, resolution), wall
 *                        clock and business time; the p90s only when asked for
 * @param medianSeconds   the lower median of the wall-clock durations when asked for, or null
 */
record CubeFigures(long count, Map<String, Long> statuses, TimeFigure time, Long medianSeconds, long firstContact,
        long reopened, long rated, long ratingSum, long met, long breached) {
}
