package dev.helpdesk.reporting.query;

import java.util.Arrays;

/**
 * The durations (whole seconds) a cube cell holds, unordered, so that a percentile over any set of
 * cells is exact: a percentile cannot be added up from smaller ones the way a count or a sum can.
 * Kept as ints (68 years fit), four bytes a value.
 */
final class DurationValues {

    private int[] values = new int[4];
    private int size;
    private long sum;

    int size() {
        return size;
    }

    long sum() {
        return sum;
    }

    void add(long seconds) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = (int) seconds;
        sum += seconds;
    }

    /**
     * Takes out one occurrence of the value (the order of the rest does not matter).
     *
     * @return false if there was none, which only a cube out of step with its documents can see
     */
    boolean remove(long seconds) {
        for (int i = size - 1; i >= 0; i--) {
            if (values[i] == (int) seconds) {
                values[i] = values[--size];
                sum -= seconds;
                return true;
            }
        }
        return false;
    }

    void addAll(DurationValues other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
        sum += other.sum;
    }

    /**
     * The value at {@code rank} (1-based) in ascending order, by quickselect on a copy; null when
     * there are no values.
     */
    Long atRank(long rank) {
        if (size == 0) {
            return null;
        }
        int[] copy = Arrays.copyOf(values, size);
        int k = (int) Math.min(Math.max(rank, 1), size) - 1;
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int pivot = copy[low + (high - low) / 2];
            int i = low;
            int j = high;
            while (i <= j) {
                while (copy[i] < pivot) {
                    i++;
                }
                while (copy[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = copy[i];
                    copy[i++] = copy[j];
                    copy[j--] = swap;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return (long) copy[k];
            }
        }
        return (long) copy[k];
    }

    /** By nearest rank: the value at rank ceil(0.9 n). */
    Long percentile90() {
        return atRank((long) Math.ceil(0.9 * size));
    }

    /** The value at rank ceil(n / 2). */
    Long lowerMedian() {
        return atRank((size + 1) / 2);
    }
}
