package dev.helpdesk.reporting.query;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One kind and view of the report cube: its cells per hour and, added up once more, per day (UTC),
 * so a long period reads a day's cells instead of 24 hours' and a year costs a few hundred lookups.
 */
final class CubeLevels {

    static final long HOUR = 3_600_000L;
    static final int HOURS_A_DAY = 24;

    private final NavigableMap<Long, Map<CellKey, CubeCell>> hours = new TreeMap<>();
    private final NavigableMap<Long, Map<CellKey, CubeCell>> days = new TreeMap<>();

    void add(CellKey key, Contribution contribution, int sign) {
        long hour = Math.floorDiv(contribution.at(), HOUR);
        change(hours, hour, key, contribution, sign);
        change(days, Math.floorDiv(hour, HOURS_A_DAY), key, contribution, sign);
    }

    /**
     * Hands every cell of the whole hours {@code [fromHour, toHour)} to {@code cells}, reading
     * whole days where the range covers them. {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE}
     * stand for an open end.
     */
    void collect(long fromHour, long toHour, BiConsumer<CellKey, CubeCell> cells) {
        if (fromHour >= toHour) {
            return;
        }
        long fromDay = fromHour == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(fromHour + HOURS_A_DAY - 1, HOURS_A_DAY);
        long toDay = toHour == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(toHour, HOURS_A_DAY);
        if (fromDay >= toDay) {
            read(hours, fromHour, toHour, cells);
            return;
        }
        if (fromHour != Long.MIN_VALUE) {
            read(hours, fromHour, fromDay * HOURS_A_DAY, cells);
        }
        read(days, fromDay, toDay, cells);
        if (toHour != Long.MAX_VALUE) {
            read(hours, toDay * HOURS_A_DAY, toHour, cells);
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
