package dev.helpdesk.reporting.query;

import java.util.Arrays;
import java.util.List;

/**
 * The durations (whole seconds) a cube cell holds, kept in ascending order, so that a percentile
 * over any set of cells is exact: a percentile cannot be added up from smaller ones the way a count
 * or a sum can, but the value at a rank across sorted parts is found by counting, in each part,
 * the values up to a guess ({@link #atRank}). Kept as ints (68 years fit), four bytes a value.
 */
final class DurationValues {

    /**
     * Up to this many values in all, copying them and selecting in the copy is quicker than
     * searching many small parts (an agent's resolutions of a year lie in thousands of cells).
     */
    private static final int COPY_AT_MOST = 100_000;

    private int[] values = new int[2];
    private int size;
    private long sum;

    /** The values of an array's first {@code size} elements, sorted in place and kept. */
    static DurationValues sorted(int[] values, int size) {
        DurationValues sorted = new DurationValues();
        Arrays.sort(values, 0, size);
        sorted.values = values;
        sorted.size = size;
        for (int i = 0; i < size; i++) {
            sorted.sum += values[i];
        }
        return sorted;
    }

    int size() {
        return size;
    }

    long sum() {
        return sum;
    }

    void add(long seconds) {
        int value = (int) seconds;
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int at = insertionPoint(value);
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value;
        size++;
        sum += seconds;
    }

    /**
     * Takes out one occurrence of the value.
     *
     * @return false if there was none, which only a cube out of step with its documents can see
     */
    boolean remove(long seconds) {
        int at = Arrays.binarySearch(values, 0, size, (int) seconds);
        if (at < 0) {
            return false;
        }
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        sum -= seconds;
        return true;
    }

    /** How many values are at most {@code value}. */
    int countAtMost(long value) {
        if (size == 0 || value < values[0]) {
            return 0;
        }
        if (value >= values[size - 1]) {
            return size;
        }
        return insertionPoint((int) value + 1);
    }

    /**
     * The value at {@code rank} (1-based) in ascending order of all the parts' values together; null
     * when {@code rank} is not within their number. A binary search over the values: at most 32
     * rounds, each a binary search in every part.
     */
    static Long atRank(List<DurationValues> parts, long rank) {
        return atRank(parts, rank, COPY_AT_MOST);
    }

    /** @param copyAtMost up to this many values in all, select in a copy instead (tests choose) */
    static Long atRank(List<DurationValues> parts, long rank, int copyAtMost) {
        long total = 0;
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (DurationValues part : parts) {
            if (part.size > 0) {
                total += part.size;
                low = Math.min(low, part.values[0]);
                high = Math.max(high, part.values[part.size - 1]);
            }
        }
        if (rank < 1 || rank > total) {
            return null;
        }
        if (total <= copyAtMost) {
            return selected(parts, (int) total, (int) rank);
        }
        while (low < high) {
            long middle = low + (high - low) / 2;
            long atMost = 0;
            for (DurationValues part : parts) {
                atMost += part.countAtMost(middle);
            }
            if (atMost >= rank) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** By nearest rank: the value at rank ceil(0.9 n). */
    static Long percentile90(List<DurationValues> parts, long count) {
        return atRank(parts, (long) Math.ceil(0.9 * count));
    }

    /** The value at rank ceil(n / 2). */
    static Long lowerMedian(List<DurationValues> parts, long count) {
        return atRank(parts, (count + 1) / 2);
    }

    /** Copies the parts' values and selects the one at {@code rank} by quickselect. */
    private static long selected(List<DurationValues> parts, int total, int rank) {
        int[] all = new int[total];
        int filled = 0;
        for (DurationValues part : parts) {
            System.arraycopy(part.values, 0, all, filled, part.size);
            filled += part.size;
        }
        int k = rank - 1;
        int low = 0;
        int high = total - 1;
        while (low < high) {
            int pivot = all[low + (high - low) / 2];
            int i = low;
            int j = high;
            while (i <= j) {
                while (all[i] < pivot) {
                    i++;
                }
                while (all[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = all[i];
                    all[i++] = all[j];
                    all[j--] = swap;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                break;
            }
        }
        return all[k];
    }

    /** The first index whose value is at least {@code value}. */
    private int insertionPoint(int value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
