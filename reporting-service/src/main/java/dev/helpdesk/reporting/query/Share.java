package dev.helpdesk.reporting.query;

/**
 * How many of a set of tickets have a property, and what percentage that is.
 *
 * @param of       the tickets considered
 * @param matching those of them with the property
 * @param percent  {@code matching} of {@code of}, to one decimal; null when {@code of} is 0
 */
public record Share(long of, long matching, Double percent) {

    static Share of(long of, long matching) {
        return new Share(of, matching, Figures.percent(matching, of));
    }
}
