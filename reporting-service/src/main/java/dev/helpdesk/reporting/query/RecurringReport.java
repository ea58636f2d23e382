package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * The categories with the most incidents in a period, each against the period just before it of
 * the same length (the JSON of {@code GET /api/v1/reports/recurring}).
 *
 * @param previousFrom the start of the period compared with; it ends at {@code from}
 * @param assets       the affected assets with the most incidents, likewise; incidents that name no
 *                     asset are not in it
 */
public record RecurringReport(Instant from, Instant to, Instant previousFrom, List<String> groupIds,
        String priority, List<Category> categories, List<Asset> assets) {

    /** The same counts per affected asset (an asset id of the customer service). */
    public record Asset(String assetId, long incidents, long previous, long change, String trend) {

        static Asset of(String assetId, long incidents, long previous) {
            Category counted = Category.of(assetId, incidents, previous);
            return new Asset(assetId, incidents, previous, counted.change(), counted.trend());
        }
    }

    /**
     * @param category  as the tickets now name it; null for incidents without one
     * @param incidents incidents of the category opened in the period
     * @param previous  those opened in the period before
     * @param change    {@code incidents - previous}
     * @param trend     UP, DOWN or SAME; NEW when there were none before
     */
    public record Category(String category, long incidents, long previous, long change, String trend) {

        static Category of(String category, long incidents, long previous) {
            String trend = previous == 0 ? "NEW" : incidents > previous ? "UP" : incidents < previous ? "DOWN" : "SAME";
            return new Category(category, incidents, previous, incidents - previous, trend);
        }
    }
}
