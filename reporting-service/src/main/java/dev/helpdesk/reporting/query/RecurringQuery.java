package dev.helpdesk.reporting.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Recurring incidents: per category (as the ticket is filed now), the INCIDENT tickets opened in
 * the period and in the period of the same length before it, top {@code limit} by the period's
 * count, and likewise per affected asset; from the report cube's incidents by category and by
 * asset (D105). The filter's type is ignored: this report is about incidents.
 */
@Component
public class RecurringQuery {

    private final ReportCubes cubes;

    public RecurringQuery(ReportCubes cubes) {
        this.cubes = cubes;
    }

    /** @param filter its period must have both ends: the trend compares it with the one before */
    public RecurringReport recurring(ReportFilter filter, int limit) {
        ReportPeriod period = filter.period();
        if (period.from() == null || period.to() == null) {
            throw new IllegalArgumentException("a recurring-incidents report needs a bounded period");
        }
        Instant previousFrom = period.from().minus(Duration.between(period.from(), period.to()));
        ReportFilter incidents = new ReportFilter(period, filter.groupIds(), filter.priority(), "INCIDENT");
        ReportCube cube = cubes.serving();
        CubeSlice now = CubeSlice.of(cube, period);
        CubeSlice before = CubeSlice.of(cube, previousFrom, period.from());
        Map<String, Long> earlier = per(before, CubeView.CATEGORIES, incidents);
        List<RecurringReport.Category> categories = new ArrayList<>();
        per(now, CubeView.CATEGORIES, incidents).forEach((category, count) -> categories.add(
                RecurringReport.Category.of(category, count, earlier.getOrDefault(category, 0L))));
        categories.sort(Comparator.comparingLong(RecurringReport.Category::incidents).reversed()
                .thenComparing(RecurringReport.Category::category, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Long> assetsEarlier = per(before, CubeView.ASSETS, incidents);
        List<RecurringReport.Asset> assets = new ArrayList<>();
        per(now, CubeView.ASSETS, incidents).forEach((asset, count) -> assets.add(
                RecurringReport.Asset.of(asset, count, assetsEarlier.getOrDefault(asset, 0L))));
        assets.sort(Comparator.comparingLong(RecurringReport.Asset::incidents).reversed()
                .thenComparing(RecurringReport.Asset::assetId));
        return new RecurringReport(period.from(), period.to(), previousFrom,
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                List.copyOf(categories.subList(0, Math.min(limit, categories.size()))),
                List.copyOf(assets.subList(0, Math.min(limit, assets.size()))));
    }

    /** Incidents opened in the slice's period per value of the view. */
    private static Map<String, Long> per(CubeSlice slice, CubeView view, ReportFilter incidents) {
        Map<String, Long> counts = new HashMap<>();
        slice.by(CubeKind.OPENED, view, incidents, CubeGrouping.VALUE, CubeSum.Percentiles.NONE)
                .forEach((detail, figures) -> counts.put(detail, figures.count()));
        return counts;
    }
}
