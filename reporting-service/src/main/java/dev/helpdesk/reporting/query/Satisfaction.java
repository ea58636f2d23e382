package dev.helpdesk.reporting.query;

/**
 * Satisfaction of the tickets resolved for good in a period (docs/reports.md).
 *
 * @param resolved     tickets resolved for good in the period
 * @param rated        of those, the ones the requester rated
 * @param average      their mean rating (1 to 5), to one decimal; null when none was rated
 * @param responseRate {@code rated} of {@code resolved} in percent; null when none was resolved
 */
public record Satisfaction(long resolved, long rated, Double average, Double responseRate) {

    static Satisfaction of(long resolved, long rated, long ratingSum) {
        return new Satisfaction(resolved, rated, Figures.mean(ratingSum, rated), Figures.percent(rated, resolved));
    }
}
