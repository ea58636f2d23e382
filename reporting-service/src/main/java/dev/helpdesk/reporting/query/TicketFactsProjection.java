package dev.helpdesk.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link TicketFacts} document per ticket up to date, one event at a time, whatever
 * order the events come in and however often.
 *
 * <p>Each write reads the ticket's document, adds the event to its {@link TicketHistory} (a
 * sequence or SLA threshold already there is a duplicate: nothing is written), derives the facts
 * again from the whole history and writes history and facts back as one document, on condition
 * that nobody wrote it since it was read (its {@code version}). A lost race (two consumers during
 * a rebalance) reads again and retries. One document, one atomic write: no transactions and no
 * change streams, which the embedded MongoDB-wire server does not have.
 *
 * <p>The batch path ({@link #applyAll}, {@link #applyAllTo}) does the same for many events at
 * once (D101): one query reads the documents of all their tickets, each ticket's events are added
 * to its history in memory, and one unordered bulk write writes every changed ticket back, on the
 * same condition. A ticket written by somebody else meanwhile (the live consumer writes to a
 * collection being rebuilt too) fails alone in that bulk write and is redone one event at a time.
 */
@Component
public class TicketFactsProjection {

    /** Races only happen while partitions move between consumers; a handful of rereads settles them. */
    private static final int ATTEMPTS = 10;

    /**
     * Serves the conditional replace ({@code _id} and {@code version}). Redundant on real MongoDB,
     * whose {@code _id} index already finds the document, but the embedded MongoDB-wire server uses
     * an index only when a query names exactly its fields: without this one every write scanned
     * the collection (370 instead of 5,800 replaces a second at 4,000 tickets).
     */
    static final Bson WRITE_INDEX = Indexes.ascending(TicketFields.TICKET_ID, TicketFields.VERSION);

    private final ProjectionState projections;
    private final List<ProjectionChangeListener> listeners;
    private final List<TicketFactsWrites> writes;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public TicketFactsProjection(ProjectionState projections) {
        this(projections, List.of(), List.of());
    }

    @Autowired
    public TicketFactsProjection(ProjectionState projections, List<ProjectionChangeListener> listeners,
            List<TicketFactsWrites> writes) {
        this.projections = projections;
        this.listeners = List.copyOf(listeners);
        this.writes = List.copyOf(writes);
    }

    /** Applies the event to the serving collection and, while a rebuild runs, to the one it builds. */
    public ApplyOutcome apply(TicketEvent event) {
        return toEveryTarget(tickets -> applyTo(tickets, event));
    }

    public ApplyOutcome apply(SlaEvent threshold) {
        return toEveryTarget(tickets -> applyTo(tickets, threshold));
    }

    /**
     * Applies the events to the serving collection and, while a rebuild runs, to the one it builds,
     * each in one read and one bulk write; the serving collection's outcomes, in the events' order.
     */
    public List<ApplyOutcome> applyAll(List<TicketChange> changes) {
        List<MongoCollection<Document>> targets = projections.writeTargets();
        List<ApplyOutcome> serving = applyAllTo(targets.get(0), changes);
        for (MongoCollection<Document> building : targets.subList(1, targets.size())) {
            applyAllTo(building, changes);
        }
        if (serving.contains(ApplyOutcome.APPLIED)) {
            listeners.forEach(ProjectionChangeListener::servingChanged);
        }
        return serving;
    }

    /**
     * Applies the events to one collection of ticket facts in one read and one bulk write, as if
     * applied one after the other: a duplicate, or an older event than one already kept, changes
     * nothing; returns each event's outcome, in their order.
     */
    public List<ApplyOutcome> applyAllTo(MongoCollection<Document> tickets, List<TicketChange> changes) {
        prepareWrite(tickets);
        ApplyOutcome[] outcomes = new ApplyOutcome[changes.size()];
        Map<String, List<Integer>> byTicket = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            byTicket.computeIfAbsent(changes.get(i).ticketId(), ticket -> new ArrayList<>()).add(i);
        }
        if (byTicket.isEmpty()) {
            return List.of();
        }
        Map<String, Document> stored = new HashMap<>();
        tickets.find(Filters.in(TicketFields.TICKET_ID, byTicket.keySet()))
                .forEach(document -> stored.put(document.getString(TicketFields.TICKET_ID), document));
        List<Pending> pending = new ArrayList<>();
        byTicket.forEach((ticketId, indexes) -> {
            Document before = stored.get(ticketId);
            TicketHistory history = before == null ? TicketHistory.empty(ticketId) : TicketDocuments.historyOf(before);
            boolean changed = false;
            for (int index : indexes) {
                Optional<TicketHistory> next = changes.get(index).applyTo(history);
                outcomes[index] = next.isPresent() ? ApplyOutcome.APPLIED : ApplyOutcome.ALREADY_APPLIED;
                if (next.isPresent()) {
                    history = next.get();
                    changed = true;
                }
            }
            if (changed) {
                long version = before == null ? 1 : TicketDocuments.versionOf(before) + 1;
                pending.add(new Pending(ticketId, indexes, before,
                        TicketDocuments.toDocument(history, TicketFolding.fold(history), version)));
            }
        });
        Set<Integer> lost = writeAll(tickets, pending);
        String collection = tickets.getNamespace().getCollectionName();
        for (int i = 0; i < pending.size(); i++) {
            Pending write = pending.get(i);
            if (!lost.contains(i)) {
                writes.forEach(listener -> listener.written(collection, write.before(), write.after()));
            }
        }
        for (int i : lost) {
            // written by somebody else since it was read: each event again, against what is there now
            Pending write = pending.get(i);
            for (int index : write.indexes()) {
                outcomes[index] = apply(tickets, write.ticketId(), changes.get(index).asFunction());
            }
        }
        return Arrays.asList(outcomes);
    }

    /** One event of a batch on its own: what a batch falls back to when it failed as a whole. */
    public ApplyOutcome apply(TicketChange change) {
        return toEveryTarget(tickets -> apply(tickets, change.ticketId(), change.asFunction()));
    }

    /** Applies the event to one collection of ticket facts: a rebuild's. */
    public ApplyOutcome applyTo(MongoCollection<Document> tickets, TicketEvent event) {
        return apply(tickets, event.ticketId(), history -> history.with(event));
    }

    public ApplyOutcome applyTo(MongoCollection<Document> tickets, SlaEvent threshold) {
        return apply(tickets, threshold.ticketId(), history -> history.with(threshold));
    }

    public Optional<TicketFacts> find(String ticketId) {
        return Optional.ofNullable(projections.serving().find(Filters.eq(TicketFields.TICKET_ID, ticketId)).first())
                .map(TicketDocuments::factsOf);
    }

    /** The serving collection's outcome is the one reported. */
    private ApplyOutcome toEveryTarget(Function<MongoCollection<Document>, ApplyOutcome> apply) {
        List<MongoCollection<Document>> targets = projections.writeTargets();
        ApplyOutcome serving = apply.apply(targets.get(0));
        for (MongoCollection<Document> building : targets.subList(1, targets.size())) {
            apply.apply(building);
        }
        if (serving == ApplyOutcome.APPLIED) {
            listeners.forEach(ProjectionChangeListener::servingChanged);
        }
        return serving;
    }

    /** Before a collection's documents are read to be written: its write index, and the listeners' wait. */
    private void prepareWrite(MongoCollection<Document> tickets) {
        if (indexed.add(tickets.getNamespace().getCollectionName())) {
            tickets.createIndex(WRITE_INDEX, new IndexOptions().unique(true));
        }
        writes.forEach(listener -> listener.beforeWriting(tickets.getNamespace().getCollectionName()));
    }

    /**
     * One unordered bulk write of the batch; returns the positions of the writes that lost a race.
     * A replace is an upsert on {@code _id} and {@code version}: if somebody wrote the document
     * since, no document matches and the upsert's insert clashes with the {@code _id} there, a
     * duplicate-key error naming that write, as an insert of a ticket somebody else created does
     * (a plain replace would only say how many of the batch matched, not which).
     */
    private static Set<Integer> writeAll(MongoCollection<Document> tickets, List<Pending> pending) {
        if (pending.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> models = new ArrayList<>(pending.size());
        for (Pending write : pending) {
            if (write.before() == null) {
                models.add(new InsertOneModel<>(write.after()));
            } else {
                Document unchanged = new Document(TicketFields.TICKET_ID, write.ticketId())
                        .append(TicketFields.VERSION, TicketDocuments.versionOf(write.before()));
                models.add(new ReplaceOneModel<>(unchanged, write.after(), new ReplaceOptions().upsert(true)));
            }
        }
        try {
            tickets.bulkWrite(models, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> lost = new TreeSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return lost;
        }
    }

    /** A ticket's new document in a batch, with the events (their positions) that changed it. */
    private record Pending(String ticketId, List<Integer> indexes, Document before, Document after) {
    }

    private ApplyOutcome apply(MongoCollection<Document> tickets, String ticketId,
            Function<TicketHistory, Optional<TicketHistory>> change) {
        prepareWrite(tickets);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document stored = tickets.find(Filters.eq(TicketFields.TICKET_ID, ticketId)).first();
            TicketHistory history = stored == null ? TicketHistory.empty(ticketId) : TicketDocuments.historyOf(stored);
            Optional<TicketHistory> changed = change.apply(history);
            if (changed.isEmpty()) {
                return ApplyOutcome.ALREADY_APPLIED;
            }
            if (write(tickets, stored, changed.get())) {
                return ApplyOutcome.APPLIED;
            }
        }
        throw new ConcurrentProjectionWriteException(ticketId, ATTEMPTS);
    }

    /** Writes the ticket if nobody else did since it was read; false if somebody did. */
    private boolean write(MongoCollection<Document> tickets, Document stored, TicketHistory history) {
        TicketFacts facts = TicketFolding.fold(history);
        long version = stored == null ? 1 : TicketDocuments.versionOf(stored) + 1;
        Document written = TicketDocuments.toDocument(history, facts, version);
        if (!writeIfUnchanged(tickets, stored, written)) {
            return false;
        }
        String collection = tickets.getNamespace().getCollectionName();
        writes.forEach(listener -> listener.written(collection, stored, written));
        return true;
    }

    private static boolean writeIfUnchanged(MongoCollection<Document> tickets, Document stored, Document written) {
        if (stored == null) {
            try {
                tickets.insertOne(written);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return false; // inserted by another consumer an instant ago
            }
        }
        // A flat filter (not Filters.and, which the driver writes as $and): its fields are exactly
        // those of WRITE_INDEX, which the embedded server then uses.
        Document unchanged = new Document(TicketFields.TICKET_ID, stored.get(TicketFields.TICKET_ID))
                .append(TicketFields.VERSION, TicketDocuments.versionOf(stored));
        return tickets.replaceOne(unchanged, written).getMatchedCount() == 1;
    }
}
