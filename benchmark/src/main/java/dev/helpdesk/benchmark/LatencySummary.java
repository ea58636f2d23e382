package dev.helpdesk.benchmark;

import java.util.Arrays;

/**
 * Count and percentiles of a set of durations, in milliseconds. Computed from every sample
 * (no buckets, no sampling): a run holds at most a few hundred thousand values, a few MB.
 */
record LatencySummary(long count, double p50, double p90, double p99, double p999, double max) {

    static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN);

    /**
     * @param values the samples, in any order (the array is not changed)
     * @param unitsPerMillisecond 1_000_000 for nanoseconds, 1_000 for microseconds
     */
    static LatencySummary of(long[] values, double unitsPerMillisecond) {
        if (values.length == 0) {
            return EMPTY;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length,
                percentile(sorted, 50) / unitsPerMillisecond,
                percentile(sorted, 90) / unitsPerMillisecond,
                percentile(sorted, 99) / unitsPerMillisecond,
                percentile(sorted, 99.9) / unitsPerMillisecond,
                sorted[sorted.length - 1] / unitsPerMillisecond);
    }

    /**
     * Nearest-rank percentile: the smallest sample such that at least {@code percent} % of all
     * samples are less than or equal to it. Always a value that was measured, never an
     * interpolation, so p99.9 of 100 samples is honestly the maximum.
     */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
        }
        // the rank is computed on an integer scale (per hundred-thousand) so 99.9 % of 1000 is exactly 999,
        // not 999.0000000000001 rounded up to 1000
        long perHundredThousand = Math.round(percent * 1000);
        long rank = (sorted.length * perHundredThousand + 99_999) / 100_000;
        return sorted[(int) Math.max(rank, 1) - 1];
    }
}
