package dev.helpdesk.reporting.query;

import java.time.Instant;

/**
 * Where a rebuild of the projections stands (part of {@code GET /api/v1/reports/projections}).
 *
 * @param state                RUNNING, DONE or FAILED
 * @param collection           the collection it fills (and that serves once DONE)
 * @param eventsDone           records read from the topics so far
 * @param eventsTotal          records on the topics when it started reading; null before that
 * @param eventsPerSecond      records read per second since it started reading, to one decimal
 * @param estimatedSecondsLeft at that rate; null when unknown
 * @param failure              why it failed; null otherwise
 */
public record RebuildProgress(String state, String collection, Instant startedAt, Instant finishedAt, long eventsDone,
        Long eventsTotal, Double eventsPerSecond, Long estimatedSecondsLeft, String failure) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
