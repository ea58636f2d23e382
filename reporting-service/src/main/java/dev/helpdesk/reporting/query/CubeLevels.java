package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One kind and view of the report cube: its cells per hour, and the same added up per day, per 16
 * days and per 128 days (UTC, counted from the epoch), so that a period reads the largest buckets
 * that fit in it and the hours only at its ends: a year is a few dozen buckets per cell key.
 */
final class CubeLevels {

    static final long HOUR = 3_600_000L;
    /** Each level's bucket in hours; each a whole number of the one below. */
    private static final long[] BUCKET_HOURS = {1, 24, 24 * 16, 24 * 128};

    private final List<NavigableMap<Long, Map<CellKey, CubeCell>>> levels = new ArrayList<>();

    CubeLevels() {
        for (int i = 0; i < BUCKET_HOURS.length; i++) {
            levels.add(new TreeMap<>());
        }
    }

    void add(CellKey key, Contribution contribution, int sign) {
        long hour = Math.floorDiv(contribution.at(), HOUR);
        for (int level = 0; level < BUCKET_HOURS.length; level++) {
            change(levels.get(level), Math.floorDiv(hour, BUCKET_HOURS[level]), key, contribution, sign);
        }
    }

    /**
     * Hands every cell of the whole hours {@code [fromHour, toHour)} to {@code cells}, each
     * contribution once. {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} stand for an open end.
     */
    void collect(long fromHour, long toHour, BiConsumer<CellKey, CubeCell> cells) {
        collect(BUCKET_HOURS.length - 1, fromHour, toHour, cells);
    }

    private void collect(int level, long fromHour, long toHour, BiConsumer<CellKey, CubeCell> cells) {
        if (fromHour >= toHour) {
            return;
        }
        if (level == 0) {
            read(levels.get(0), fromHour, toHour, cells);
            return;
        }
        long size = BUCKET_HOURS[level];
        long first = fromHour == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(fromHour + size - 1, size);
        long last = toHour == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(toHour, size);
        if (first >= last) {
            collect(level - 1, fromHour, toHour, cells);
            return;
        }
        if (fromHour != Long.MIN_VALUE) {
            collect(level - 1, fromHour, first * size, cells);
        }
        read(levels.get(level), first, last, cells);
        if (toHour != Long.MAX_VALUE) {
            collect(level - 1, last * size, toHour, cells);
        }
    }

    private static void read(NavigableMap<Long, Map<CellKey, CubeCell>> level, long from, long to,
            BiConsumer<CellKey, CubeCell> cells) {
        if (from < to) {
            level.subMap(from, true, to, false).values().forEach(bucket -> bucket.forEach(cells));
        }
    }

    private static void change(NavigableMap<Long, Map<CellKey, CubeCell>> level, long bucket, CellKey key,
            Contribution contribution, int sign) {
        Map<CellKey, CubeCell> cells = level.computeIfAbsent(bucket, ignored -> new HashMap<>());
        CubeCell cell = cells.computeIfAbsent(key, ignored -> new CubeCell());
        cell.add(contribution, sign);
        if (cell.isEmpty()) {
            cells.remove(key);
            if (cells.isEmpty()) {
                level.remove(bucket);
            }
        }
    }
}
