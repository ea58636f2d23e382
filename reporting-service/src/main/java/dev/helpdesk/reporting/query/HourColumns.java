package dev.helpdesk.reporting.query;

import java.util.Arrays;

/**
 * One kind's contributions of one hour, kept one by one, column by column (a few ints each, no
 * object per contribution): the report cube's finest level. A period's whole hours and the partial
 * hours at its ends are read from here, the latter to the millisecond. Names (groups, agents,
 * statuses) are ids of the cube's {@link CubeNames}. A column a kind never uses stays unallocated.
 */
final class HourColumns {

    static final int NONE = -1;
    private static final int FIRST_CONTACT = 1;
    private static final int REOPENED = 2;
    private static final int RATING_SHIFT = 2;
    private static final int RATING_BITS = 7;
    private static final int OUTCOME_SHIFT = 5;

    private int size;
    private int[] keys = new int[2];
    private int[] offsets = new int[2];
    private int[] statuses;
    private int[] details;
    private int[] assets;
    private int[] seconds;
    private int[] businessSeconds;
    private byte[] flags;

    int size() {
        return size;
    }

    void add(int key, int offset, Contribution contribution, CubeNames names) {
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            statuses = grow(statuses, capacity);
            details = grow(details, capacity);
            assets = grow(assets, capacity);
            seconds = grow(seconds, capacity);
            businessSeconds = grow(businessSeconds, capacity);
            flags = flags == null ? null : Arrays.copyOf(flags, capacity);
        }
        keys[size] = key;
        offsets[size] = offset;
        statuses = set(statuses, size, names.idOf(contribution.status()));
        details = set(details, size, names.idOf(detailOf(contribution)));
        assets = set(assets, size, names.idOf(contribution.assetId()));
        seconds = set(seconds, size, contribution.seconds() == null ? NONE : contribution.seconds().intValue());
        businessSeconds = set(businessSeconds, size,
                contribution.businessSeconds() == null ? NONE : contribution.businessSeconds().intValue());
        byte flag = flagsOf(contribution);
        if (flag != 0 && flags == null) {
            flags = new byte[keys.length];
        }
        if (flags != null) {
            flags[size] = flag;
        }
        size++;
    }

    /** Takes out one row equal to the contribution; false if there is none. */
    boolean remove(int key, int offset, Contribution contribution, CubeNames names) {
        int status = names.idOf(contribution.status());
        int detail = names.idOf(detailOf(contribution));
        int asset = names.idOf(contribution.assetId());
        int wall = contribution.seconds() == null ? NONE : contribution.seconds().intValue();
        int business = contribution.businessSeconds() == null ? NONE : contribution.businessSeconds().intValue();
        byte flag = flagsOf(contribution);
        for (int row = size - 1; row >= 0; row--) {
            if (keys[row] == key && offsets[row] == offset && get(statuses, row) == status
                    && get(details, row) == detail && get(assets, row) == asset && get(seconds, row) == wall
                    && get(businessSeconds, row) == business && (flags == null ? 0 : flags[row]) == flag) {
                size--;
                keys[row] = keys[size];
                offsets[row] = offsets[size];
                move(statuses, row, size);
                move(details, row, size);
                move(assets, row, size);
                move(seconds, row, size);
                move(businessSeconds, row, size);
                if (flags != null) {
                    flags[row] = flags[size];
                }
                return true;
            }
        }
        return false;
    }

    int key(int row) {
        return keys[row];
    }

    int status(int row) {
        return get(statuses, row);
    }

    /** The resolver of a resolution for good, or the category of an opened incident. */
    int detail(int row) {
        return get(details, row);
    }

    int asset(int row) {
        return get(assets, row);
    }

    /** {@link #NONE} when the contribution has none. */
    int seconds(int row) {
        return get(seconds, row);
    }

    int businessSeconds(int row) {
        return get(businessSeconds, row);
    }

    boolean firstContact(int row) {
        return flags != null && (flags[row] & FIRST_CONTACT) != 0;
    }

    boolean reopened(int row) {
        return flags != null && (flags[row] & REOPENED) != 0;
    }

    /** 1 to 5, 0 for none. */
    int rating(int row) {
        return flags == null ? 0 : (flags[row] >> RATING_SHIFT) & RATING_BITS;
    }

    /** 1 for MET, 2 for BREACHED, 0 for none. */
    int outcome(int row) {
        return flags == null ? 0 : flags[row] >> OUTCOME_SHIFT;
    }

    int offset(int row) {
        return offsets[row];
    }

    /** The name kept in the detail column: the resolver, or an incident's category. */
    static String detailOf(Contribution contribution) {
        return contribution.kind() == CubeKind.RESOLVED_FOR_GOOD ? contribution.detail() : contribution.category();
    }

    private static byte flagsOf(Contribution contribution) {
        int flag = (contribution.firstContact() ? FIRST_CONTACT : 0) | (contribution.reopened() ? REOPENED : 0);
        if (contribution.rating() != null) {
            flag |= (contribution.rating() & RATING_BITS) << RATING_SHIFT;
        }
        if (TicketFacts.SlaOutcome.MET.equals(contribution.outcome())) {
            flag |= 1 << OUTCOME_SHIFT;
        } else if (TicketFacts.SlaOutcome.BREACHED.equals(contribution.outcome())) {
            flag |= 2 << OUTCOME_SHIFT;
        }
        return (byte) flag;
    }

    private static int get(int[] column, int row) {
        return column == null ? NONE : column[row];
    }

    /** Sets a value, allocating the column (filled with NONE) only when a value other than NONE comes. */
    private int[] set(int[] column, int row, int value) {
        if (column == null) {
            if (value == NONE) {
                return null;
            }
            column = new int[keys.length];
            Arrays.fill(column, NONE);
        }
        column[row] = value;
        return column;
    }

    private static int[] grow(int[] column, int capacity) {
        if (column == null) {
            return null;
        }
        int old = column.length;
        int[] grown = Arrays.copyOf(column, capacity);
        Arrays.fill(grown, old, capacity, NONE);
        return grown;
    }

    private static void move(int[] column, int to, int from) {
        if (column != null) {
            column[to] = column[from];
        }
    }
}
