package dev.helpdesk.reporting.query;

/**
 * The JSON of {@code GET /api/v1/reports/projections}.
 *
 * @param serving the collection the reports read now
 * @param rebuild the last rebuild this instance ran or runs, or null if none since it started
 */
public record ProjectionsStatus(String serving, RebuildProgress rebuild) {
}
