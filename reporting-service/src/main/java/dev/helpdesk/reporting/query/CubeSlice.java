package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A period read from the report cube: whole buckets from its cells, and the hours left at the
 * period's ends from its single contributions, partial hours to the millisecond, so every figure
 * is exact.
 */
final class CubeSlice {

    private final ReportCube cube;
    private final Long from;
    private final Long to;

    private CubeSlice(ReportCube cube, Long from, Long to) {
        this.cube = cube;
        this.from = from;
        this.to = to;
    }

    static CubeSlice of(ReportCube cube, ReportPeriod period) {
        return of(cube, period.from(), period.to());
    }

    /** @param from null for no lower end; @param to null for no upper end */
    static CubeSlice of(ReportCube cube, Instant from, Instant to) {
        return new CubeSlice(cube, from == null ? null : from.toEpochMilli(), to == null ? null : to.toEpochMilli());
    }

    /** One kind's figures over the period, of the tickets the filter selects. */
    CubeFigures total(CubeKind kind, ReportFilter filter) {
        return by(kind, CubeView.MAIN, filter, key -> "").getOrDefault("", new CubeSum().figures());
    }

    /**
     * One kind's figures over the period per value of {@code groupBy} (which may be null), from the
     * cells of the view the filter selects.
     */
    Map<String, CubeFigures> by(CubeKind kind, CubeView view, ReportFilter filter,
            Function<CellKey, String> groupBy) {
        return cube.read(() -> {
            Map<String, CubeSum> sums = new HashMap<>();
            cube.collect(kind, view, from, to, (key, cell) -> {
                if (key.selectedBy(filter)) {
                    sums.computeIfAbsent(groupBy.apply(key), ignored -> new CubeSum()).add(cell);
                }
            }, single -> {
                for (CubeView.Placement placement : CubeView.of(single)) {
                    if (placement.view() == view && placement.key().selectedBy(filter)) {
                        sums.computeIfAbsent(groupBy.apply(placement.key()), ignored -> new CubeSum()).add(single);
                    }
                }
            });
            Map<String, CubeFigures> figures = new HashMap<>();
            sums.forEach((group, sum) -> figures.put(group, sum.figures()));
            return figures;
        });
    }
}
