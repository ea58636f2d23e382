package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
        CubeSum.Percentiles needed = kind == CubeKind.FIRST_RESPONSE || kind == CubeKind.RESOLVED_FOR_GOOD
                ? CubeSum.Percentiles.P90 : CubeSum.Percentiles.NONE;
        return by(kind, CubeView.MAIN, filter, CubeGrouping.ALL, needed).getOrDefault("",
                new CubeSum().figures(needed));
    }

    /** One kind's figures over the period per group (which may be null), of the view's selected tickets. */
    Map<String, CubeFigures> by(CubeKind kind, CubeView view, ReportFilter filter, CubeGrouping grouping,
            CubeSum.Percentiles needed) {
        return cube.read(() -> {
            Map<String, CubeSum> sums = new HashMap<>();
            CubeNames names = cube.names();
            Map<Integer, Boolean> selected = new HashMap<>();
            cube.collect(kind, view, from, to, (key, cell) -> {
                if (key.selectedBy(filter)) {
                    sums.computeIfAbsent(grouping.of(key), ignored -> new CubeSum()).add(cell);
                }
            }, (columns, row) -> {
                CellKey key = names.key(columns.key(row));
                if (selected.computeIfAbsent(columns.key(row), ignored -> key.selectedBy(filter))
                        && view.holds(kind, key, columns, row)) {
                    sums.computeIfAbsent(grouping.of(key, view.valueOf(columns, row, names)),
                            ignored -> new CubeSum()).add(columns, row, names);
                }
            });
            Map<String, CubeFigures> figures = new HashMap<>();
            sums.forEach((group, sum) -> figures.put(group, sum.figures(needed)));
            return figures;
        });
    }
}
