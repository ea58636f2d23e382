package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * The reports' figures of one collection of ticket facts, added up in advance (D105): for every
 * kind of moment (opened, resolved, first response, ...) each contribution in its hour and cells
 * per bucket of days holding counts, sums and durations ({@link CubeKindStore}), and beside them
 * the open tickets. It follows the collection
 * write by write: each written document's contributions replace those of the document it replaced,
 * so the cube always equals what a scan of the documents would add up. Writers and readers share
 * one read-write lock; a write changes a handful of cells.
 */
final class ReportCube {

    private final CubeNames names = new CubeNames();
    private final Map<CubeKind, CubeKindStore> kinds = new EnumMap<>(CubeKind.class);
    private final Map<String, OpenTicket> open = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    ReportCube() {
        for (CubeKind kind : CubeKind.values()) {
            kinds.put(kind, new CubeKindStore(kind, names));
        }
    }

    /** A ticket's document was written: {@code before} (null for a new ticket) gives way to {@code after}. */
    void replace(Document before, Document after) {
        lock.writeLock().lock();
        try {
            if (before != null) {
                apply(before, -1);
            }
            apply(after, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs a reading of the cube while no write changes it. */
    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Hands what one kind has in {@code [from, to)} (epoch milliseconds, null for an open end) to
     * the consumers: whole buckets of the view as cells, the rest as single contributions (which a
     * caller places in the view itself). Call within {@link #read}.
     */
    void collect(CubeKind kind, CubeView view, Long from, Long to, BiConsumer<CellKey, CubeCell> cells,
            CubeKindStore.Rows single) {
        kinds.get(kind).collect(view, from, to, cells, single);
    }

    /** The names the hour columns refer to. Call within {@link #read}. */
    CubeNames names() {
        return names;
    }

    /** The open tickets now. Call within {@link #read}. */
    List<OpenTicket> openTickets() {
        return new ArrayList<>(open.values());
    }

    private void apply(Document ticket, int sign) {
        for (Contribution contribution : Contributions.of(ticket)) {
            kinds.get(contribution.kind()).add(contribution, sign);
        }
        String ticketId = ticket.getString(TicketFields.TICKET_ID);
        if (sign < 0) {
            open.remove(ticketId);
        } else if (Boolean.TRUE.equals(ticket.getBoolean(TicketFields.OPEN))) {
            open.put(ticketId, OpenTicket.of(ticket));
        }
    }
}
