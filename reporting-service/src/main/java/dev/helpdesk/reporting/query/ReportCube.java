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
 * kind of moment (opened, resolved, first response, ...) and view, cells per hour and per day
 * holding counts, sums and durations, and beside them the open tickets. It follows the collection
 * write by write: each written document's contributions replace those of the document it replaced,
 * so the cube always equals what a scan of the documents would add up. Writers and readers share
 * one read-write lock; a write changes a handful of cells.
 */
final class ReportCube {

    private final Map<CubeKind, Map<CubeView, CubeLevels>> levels = new EnumMap<>(CubeKind.class);
    private final Map<String, OpenTicket> open = new HashMap<>();
    private final EdgeHours edgeHours = new EdgeHours();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    ReportCube() {
        for (CubeKind kind : CubeKind.values()) {
            Map<CubeView, CubeLevels> views = new EnumMap<>(CubeView.class);
            for (CubeView view : CubeView.values()) {
                views.put(view, new CubeLevels());
            }
            levels.put(kind, views);
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
            edgeHours.written(before, after);
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
     * Hands the cells of one kind and view over the whole hours {@code [fromHour, toHour)} to
     * {@code cells}. Call within {@link #read}.
     */
    void collect(CubeKind kind, CubeView view, long fromHour, long toHour, BiConsumer<CellKey, CubeCell> cells) {
        levels.get(kind).get(view).collect(fromHour, toHour, cells);
    }

    /** The contributions of one hour, one by one, if the cube keeps them; else null. */
    List<Contribution> edgeHour(long hour) {
        return read(() -> edgeHours.get(hour));
    }

    /**
     * Keeps one hour's contributions as read from the documents (each ticket's document version and
     * its contributions in that hour) and returns the hour as kept.
     */
    List<Contribution> keepEdgeHour(long hour, Map<String, Long> versions, Map<String, List<Contribution>> read) {
        lock.writeLock().lock();
        try {
            edgeHours.read(hour, versions, read);
            return edgeHours.get(hour);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The open tickets now. Call within {@link #read}. */
    List<OpenTicket> openTickets() {
        return new ArrayList<>(open.values());
    }

    private void apply(Document ticket, int sign) {
        for (Contribution contribution : Contributions.of(ticket)) {
            Map<CubeView, CubeLevels> views = levels.get(contribution.kind());
            for (CubeView.Placement placement : CubeView.of(contribution)) {
                views.get(placement.view()).add(placement.key(), contribution, sign);
            }
        }
        String ticketId = ticket.getString(TicketFields.TICKET_ID);
        if (sign < 0) {
            open.remove(ticketId);
        } else if (Boolean.TRUE.equals(ticket.getBoolean(TicketFields.OPEN))) {
            open.put(ticketId, OpenTicket.of(ticket));
        }
    }
}
