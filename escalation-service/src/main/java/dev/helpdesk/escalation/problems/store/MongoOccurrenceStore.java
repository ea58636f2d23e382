package dev.helpdesk.escalation.problems.store;

import static dev.helpdesk.escalation.problems.store.CandidateMapping.date;
import static dev.helpdesk.escalation.problems.store.CandidateMapping.instant;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.helpdesk.escalation.problems.Occurrence;
import dev.helpdesk.escalation.problems.OccurrenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The counted incidents in {@code problem_occurrences}, one document per ticket ({@code _id} the
 * ticket id), so a redelivered opening finds the first one's document instead of counting twice.
 * An incident's {@code candidateId} is its membership of a candidate, and {@code linkedTo} /
 * {@code refusal} the outcome of linking it to the candidate's problem: each a conditional update
 * of that one document.
 */
public final class MongoOccurrenceStore implements OccurrenceStore {

    static final String COLLECTION = "problem_occurrences";
    private static final String ID = "_id";
    private static final String KEY = "key";
    private static final String CATEGORY = "category";
    private static final String AT = "at";
    private static final String SEQUENCE = "sequence";
    private static final String CANDIDATE_ID = "candidateId";
    private static final String LINKED_TO = "linkedTo";
    private static final String REFUSAL = "refusal";

    private final MongoCollection<Document> occurrences;

    public MongoOccurrenceStore(MongoDatabase database) {
        this.occurrences = database.getCollection(COLLECTION);
    }

    /** A pattern's incidents in a span; a candidate's incidents. Creating an existing index is a no-op. */
    public void createIndexes() {
        occurrences.createIndex(Indexes.ascending(KEY, AT));
        occurrences.createIndex(Indexes.ascending(CANDIDATE_ID));
    }

    @Override
    public Occurrence remember(Occurrence occurrence) {
        try {
            occurrences.insertOne(new Document(ID, occurrence.ticketId())
                    .append(KEY, occurrence.key())
                    .append(CATEGORY, occurrence.category())
                    .append(AT, date(occurrence.at()))
                    .append(SEQUENCE, occurrence.sequence())
                    .append(CANDIDATE_ID, occurrence.candidateId()));
            return occurrence;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(occurrence.ticketId()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Occurrence> find(String ticketId) {
        return Optional.ofNullable(occurrences.find(Filters.eq(ID, ticketId)).first()).map(MongoOccurrenceStore::of);
    }

    @Override
    public Optional<Occurrence> move(String ticketId, String fromKey, String toKey, String category, long sequence) {
        Document moved = occurrences.findOneAndUpdate(Filters.and(Filters.eq(ID, ticketId), Filters.eq(KEY, fromKey),
                        Filters.eq(CANDIDATE_ID, null), Filters.lt(SEQUENCE, sequence)),
                Updates.combine(Updates.set(KEY, toKey), Updates.set(CATEGORY, category),
                        Updates.set(SEQUENCE, sequence)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(moved).map(MongoOccurrenceStore::of);
    }

    @Override
    public List<Occurrence> counted(String key, Instant from, Instant to) {
        return read(Filters.and(Filters.eq(KEY, key), Filters.gte(AT, date(from)), Filters.lte(AT, date(to)),
                Filters.eq(CANDIDATE_ID, null)));
    }

    @Override
    public void claim(String candidateId, Collection<String> ticketIds) {
        if (!ticketIds.isEmpty()) {
            occurrences.updateMany(Filters.and(Filters.in(ID, ticketIds), Filters.eq(CANDIDATE_ID, null)),
                    Updates.set(CANDIDATE_ID, candidateId));
        }
    }

    @Override
    public boolean join(String ticketId, String candidateId) {
        return occurrences.updateOne(Filters.and(Filters.eq(ID, ticketId), Filters.eq(CANDIDATE_ID, null)),
                Updates.set(CANDIDATE_ID, candidateId)).getModifiedCount() == 1;
    }

    @Override
    public boolean release(String ticketId, String candidateId) {
        return occurrences.updateOne(Filters.and(Filters.eq(ID, ticketId), Filters.eq(CANDIDATE_ID, candidateId),
                        Filters.eq(LINKED_TO, null), Filters.eq(REFUSAL, null)),
                Updates.set(CANDIDATE_ID, null)).getModifiedCount() == 1;
    }

    @Override
    public List<Occurrence> members(String candidateId) {
        return read(Filters.eq(CANDIDATE_ID, candidateId));
    }

    @Override
    public long memberCount(String candidateId) {
        return occurrences.countDocuments(Filters.eq(CANDIDATE_ID, candidateId));
    }

    @Override
    public void linked(String ticketId, String candidateId, String problemTicketId) {
        occurrences.updateOne(Filters.and(Filters.eq(ID, ticketId), Filters.eq(CANDIDATE_ID, candidateId)),
                Updates.set(LINKED_TO, problemTicketId));
    }

    @Override
    public void refused(String ticketId, String candidateId, String reason) {
        occurrences.updateOne(Filters.and(Filters.eq(ID, ticketId), Filters.eq(CANDIDATE_ID, candidateId)),
                Updates.set(REFUSAL, reason));
    }

    /** Oldest first, ties by ticket id, so every reader sees the same order. */
    private List<Occurrence> read(Bson filter) {
        List<Occurrence> found = new ArrayList<>();
        occurrences.find(filter).sort(Sorts.ascending(AT, ID)).forEach(document -> found.add(of(document)));
        return found;
    }

    private static Occurrence of(Document document) {
        return new Occurrence(document.getString(ID), document.getString(KEY), document.getString(CATEGORY),
                instant(document.getDate(AT)), document.getLong(SEQUENCE), document.getString(CANDIDATE_ID),
                document.getString(LINKED_TO), document.getString(REFUSAL));
    }
}
