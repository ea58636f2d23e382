package dev.helpdesk.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private ApplyOutcome apply(MongoCollection<Document> tickets, String ticketId,
            Function<TicketHistory, Optional<TicketHistory>> change) {
        if (indexed.add(tickets.getNamespace().getCollectionName())) {
            tickets.createIndex(WRITE_INDEX, new IndexOptions().unique(true));
        }
        writes.forEach(listener -> listener.beforeWriting(tickets.getNamespace().getCollectionName()));
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
