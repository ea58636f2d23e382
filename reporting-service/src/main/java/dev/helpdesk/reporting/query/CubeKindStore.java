package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One kind of moment in the report cube. Each contribution is kept one by one in its hour
 * ({@link HourColumns}), and added up in cells per bucket of 1, 4, 32 and 256 days (UTC, from the
 * epoch). A period reads the largest buckets that fit in it and the single contributions only in
 * the hours left at its ends, partial hours to the millisecond: a year is a few dozen buckets and
 * a few thousand contributions. The breakdowns by agent, category and asset keep fewer levels
 * ({@link #keeps}).
 */
final class CubeKindStore {

    static final long HOUR = 3_600_000L;
    /** Each level's bucket in hours; each a whole number of the one below. */
    private static final long[] BUCKET_HOURS = {24, 24 * 4, 24 * 32, 24 * 256};

    private final CubeKind kind;
    private final CubeNames names;
    private final NavigableMap<Long, HourColumns> hours = new TreeMap<>();
    private final Map<CubeView, List<NavigableMap<Long, Map<CellKey, CubeCell>>>> levels =
            new EnumMap<>(CubeView.class);

    CubeKindStore(CubeKind kind, CubeNames names) {
        this.kind = kind;
        this.names = names;
        for (CubeView view : CubeView.values()) {
            List<NavigableMap<Long, Map<CellKey, CubeCell>>> buckets = new ArrayList<>();
            for (int level = 0; level < BUCKET_HOURS.length; level++) {
                buckets.add(keeps(level, view) ? new TreeMap<>() : null);
            }
            levels.put(view, buckets);
        }
    }

    /** Receives single contributions: one row of an hour's columns. */
    interface Rows {
        void accept(HourColumns columns, int row);
    }

    /**
     * The main view has every level. The breakdowns by agent, category and asset have no day
     * buckets: at a million tickets a year those cells would hold about one contribution each, so
     * their days are read from the hours instead.
     */
    private static boolean keeps(int level, CubeView view) {
        return level > 0 || view == CubeView.MAIN;
    }

    void add(Contribution contribution, int sign) {
        long hour = Math.floorDiv(contribution.at(), HOUR);
        int key = names.keyOf(contribution);
        int offset = (int) (contribution.at() - hour * HOUR);
        if (sign > 0) {
            hours.computeIfAbsent(hour, ignored -> new HourColumns()).add(key, offset, contribution, names);
        } else {
            HourColumns columns = hours.get(hour);
            if (columns != null && columns.remove(key, offset, contribution, names) && columns.size() == 0) {
                hours.remove(hour);
            }
        }
        for (CubeView.Placement placement : CubeView.of(contribution)) {
            List<NavigableMap<Long, Map<CellKey, CubeCell>>> buckets = levels.get(placement.view());
            for (int level = 0; level < BUCKET_HOURS.length; level++) {
                if (buckets.get(level) != null) {
                    change(buckets.get(level), Math.floorDiv(hour, BUCKET_HOURS[level]), placement.key(), contribution,
                            sign, placement.view() == CubeView.MAIN);
                }
            }
        }
    }

    /**
     * Hands what lies in {@code [from, to)} (epoch milliseconds, null for an open end) to the
     * consumers: whole buckets of the view as cells, the rest as single contributions (rows of
     * every view: the caller picks those of its view).
     */
    void collect(CubeView view, Long from, Long to, BiConsumer<CellKey, CubeCell> cells, Rows single) {
        long fromHour = from == null ? Long.MIN_VALUE : Math.floorDiv(from + HOUR - 1, HOUR);
        long toHour = to == null ? Long.MAX_VALUE : Math.floorDiv(to, HOUR);
        if (from != null && to != null && fromHour >= toHour) {
            readHours(Math.floorDiv(from, HOUR), Math.floorDiv(to, HOUR) + 1, from, to, single);
            return;
        }
        if (from != null && from < fromHour * HOUR) {
            readHours(fromHour - 1, fromHour, from, null, single);
        }
        if (to != null && toHour * HOUR < to) {
            readHours(toHour, toHour + 1, null, to, single);
        }
        collect(BUCKET_HOURS.length - 1, levels.get(view), fromHour, toHour, cells, single);
    }

    private void collect(int level, List<NavigableMap<Long, Map<CellKey, CubeCell>>> buckets, long fromHour,
            long toHour, BiConsumer<CellKey, CubeCell> cells, Rows single) {
        if (fromHour >= toHour) {
            return;
        }
        if (level < 0) {
            readHours(fromHour, toHour, null, null, single);
            return;
        }
        if (buckets.get(level) == null) {
            collect(level - 1, buckets, fromHour, toHour, cells, single);
            return;
        }
        long size = BUCKET_HOURS[level];
        long first = fromHour == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(fromHour + size - 1, size);
        long last = toHour == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(toHour, size);
        if (first >= last) {
            collect(level - 1, buckets, fromHour, toHour, cells, single);
            return;
        }
        if (fromHour != Long.MIN_VALUE) {
            collect(level - 1, buckets, fromHour, first * size, cells, single);
        }
        buckets.get(level).subMap(first, true, last, false).values().forEach(bucket -> bucket.forEach(cells));
        if (toHour != Long.MAX_VALUE) {
            collect(level - 1, buckets, last * size, toHour, cells, single);
        }
    }

    /** The single contributions of the hours {@code [fromHour, toHour)} within {@code [from, to)}. */
    private void readHours(long fromHour, long toHour, Long from, Long to, Rows single) {
        if (fromHour >= toHour) {
            return;
        }
        hours.subMap(fromHour, true, toHour, false).forEach((hour, columns) -> {
            long start = hour * HOUR;
            for (int row = 0; row < columns.size(); row++) {
                long at = start + columns.offset(row);
                if ((from == null || at >= from) && (to == null || at < to)) {
                    single.accept(columns, row);
                }
            }
        });
    }

    private static void change(NavigableMap<Long, Map<CellKey, CubeCell>> level, long bucket, CellKey key,
            Contribution contribution, int sign, boolean withStatus) {
        Map<CellKey, CubeCell> cells = level.computeIfAbsent(bucket, ignored -> new HashMap<>());
        CubeCell cell = cells.computeIfAbsent(key, ignored -> new CubeCell());
        cell.add(contribution, sign, withStatus);
        if (cell.isEmpty()) {
            cells.remove(key);
            if (cells.isEmpty()) {
                level.remove(bucket);
            }
        }
    }
}
