package dev.helpdesk.reporting.query;

/**
 * A duration figure over the tickets of its definition (docs/reports.md): how many, their mean
 * and 90th percentile in wall-clock seconds, and the same in business time.
 *
 * @param count              how many tickets the figure is over
 * @param meanSeconds        the mean, to a tenth of a second; null without tickets
 * @param p90Seconds         the 90th percentile by nearest rank (the smallest value that at least
 *                           90 % of the tickets do not exceed); null without tickets
 * @param businessMeanSeconds the mean in business time, over those of the tickets whose SLA target's
 *                           stop for that moment arrived (D98); null when none did
 * @param businessP90Seconds likewise, the 90th percentile
 */
public record TimeFigure(long count, Double meanSeconds, Long p90Seconds, Double businessMeanSeconds,
        Long businessP90Seconds) {

    static TimeFigure of(long count, double sumSeconds, Long p90Seconds) {
        return of(count, sumSeconds, p90Seconds, 0, 0, null);
    }

    static TimeFigure of(long count, double sumSeconds, Long p90Seconds, long businessCount,
            double businessSumSeconds, Long businessP90Seconds) {
        return new TimeFigure(count, Figures.mean(sumSeconds, count), count == 0 ? null : p90Seconds,
                Figures.mean(businessSumSeconds, businessCount), businessCount == 0 ? null : businessP90Seconds);
    }
}
