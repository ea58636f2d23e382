package dev.helpdesk.escalation.problems.store;

import static dev.helpdesk.escalation.problems.store.CandidateMapping.date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.helpdesk.escalation.problems.CandidateStatus;
import dev.helpdesk.escalation.problems.CandidateStore;
import dev.helpdesk.escalation.problems.DetectionQueue;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The candidates in {@code problem_candidates}, one document each. Every change is one
 * single-document conditional update, or an insert that the unique {@code openSlot} index refuses
 * while the pattern has an open candidate: what the embedded MongoDB-wire server (no transactions)
 * serves like a replica set. The detection's event is queued by the insert itself
 * ({@code publishPending: true}) and unqueued after the broker's acknowledgement.
 */
public final class MongoCandidateStore implements CandidateStore, DetectionQueue {

    static final String COLLECTION = "problem_candidates";

    private final MongoCollection<Document> candidates;

    public MongoCandidateStore(MongoDatabase database) {
        this.candidates = database.getCollection(COLLECTION);
    }

    /** Creating an existing index is a no-op. */
    public void createIndexes() {
        candidates.createIndex(Indexes.ascending(CandidateMapping.OPEN_SLOT), new IndexOptions().unique(true));
        candidates.createIndex(Indexes.ascending(CandidateMapping.PUBLISH_PENDING),
                new IndexOptions().partialFilterExpression(Filters.eq(CandidateMapping.PUBLISH_PENDING, true)));
        candidates.createIndex(Indexes.ascending(CandidateMapping.STATUS, CandidateMapping.DETECTED_AT));
    }

    @Override
    public Optional<String> widen(String key, Instant openedAt) {
        Document open = candidates.findOneAndUpdate(Filters.eq(CandidateMapping.OPEN_SLOT, key),
                Updates.combine(Updates.min(CandidateMapping.FIRST_INCIDENT_AT, date(openedAt)),
                        Updates.max(CandidateMapping.LAST_INCIDENT_AT, date(openedAt))),
                new FindOneAndUpdateOptions().projection(Projections.include(CandidateMapping.ID)));
        return Optional.ofNullable(open).map(document -> document.getString(CandidateMapping.ID));
    }

    @Override
    public boolean isOpen(String id) {
        return candidates.find(Filters.and(Filters.eq(CandidateMapping.ID, id),
                        Filters.eq(CandidateMapping.STATUS, CandidateStatus.OPEN.name())))
                .projection(Projections.include(CandidateMapping.ID)).first() != null;
    }

    @Override
    public boolean raise(ProblemCandidate candidate) {
        try {
            candidates.insertOne(CandidateMapping.toDocument(candidate).append(CandidateMapping.PUBLISH_PENDING, true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<ProblemCandidate> find(String id) {
        return Optional.ofNullable(candidates.find(Filters.eq(CandidateMapping.ID, id)).first())
                .map(CandidateMapping::fromDocument);
    }

    @Override
    public Found list(CandidateStatus status, int page, int size) {
        Bson filter = status == null ? new Document() : Filters.eq(CandidateMapping.STATUS, status.name());
        List<ProblemCandidate> found = new ArrayList<>();
        candidates.find(filter)
                .sort(Sorts.orderBy(Sorts.descending(CandidateMapping.DETECTED_AT), Sorts.ascending(CandidateMapping.ID)))
                .skip(page * size)
                .limit(size)
                .forEach(document -> found.add(CandidateMapping.fromDocument(document)));
        return new Found(found, candidates.countDocuments(filter));
    }

    @Override
    public Optional<ProblemCandidate> claimPromotion(String id, String by, Instant at, Instant staleBefore) {
        Document claimed = candidates.findOneAndUpdate(Filters.and(
                        Filters.eq(CandidateMapping.ID, id),
                        Filters.eq(CandidateMapping.STATUS, CandidateStatus.OPEN.name()),
                        Filters.eq(CandidateMapping.PROBLEM_TICKET_ID, null),
                        claimable(by, staleBefore)),
                Updates.set(CandidateMapping.PROMOTION, new Document("by", by).append("at", date(at))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(CandidateMapping::fromDocument);
    }

    /** Nobody's claim, the caller's own, or one older than {@code staleBefore}. */
    private static Bson claimable(String by, Instant staleBefore) {
        return Filters.or(Filters.eq(CandidateMapping.PROMOTION, null),
                Filters.eq(CandidateMapping.PROMOTION + ".by", by),
                Filters.lt(CandidateMapping.PROMOTION + ".at", date(staleBefore)));
    }

    @Override
    public Optional<String> recordProblem(String id, String problemTicketId) {
        candidates.updateOne(Filters.and(Filters.eq(CandidateMapping.ID, id),
                        Filters.eq(CandidateMapping.STATUS, CandidateStatus.OPEN.name()),
                        Filters.eq(CandidateMapping.PROBLEM_TICKET_ID, null)),
                Updates.set(CandidateMapping.PROBLEM_TICKET_ID, problemTicketId));
        return find(id).filter(candidate -> candidate.status() != CandidateStatus.DISMISSED)
                .map(ProblemCandidate::problemTicketId);
    }

    @Override
    public boolean promoted(String id, String problemTicketId, String by, Instant at) {
        return candidates.updateOne(Filters.and(Filters.eq(CandidateMapping.ID, id),
                        Filters.eq(CandidateMapping.STATUS, CandidateStatus.OPEN.name()),
                        Filters.eq(CandidateMapping.PROBLEM_TICKET_ID, problemTicketId)),
                decided(id, CandidateStatus.PROMOTED, by, at))
                .getModifiedCount() == 1;
    }

    @Override
    public boolean dismissed(String id, String by, Instant at, String reason, Instant staleBefore) {
        return candidates.updateOne(Filters.and(Filters.eq(CandidateMapping.ID, id),
                        Filters.eq(CandidateMapping.STATUS, CandidateStatus.OPEN.name()),
                        Filters.eq(CandidateMapping.PROBLEM_TICKET_ID, null),
                        Filters.or(Filters.eq(CandidateMapping.PROMOTION, null),
                                Filters.lt(CandidateMapping.PROMOTION + ".at", date(staleBefore)))),
                Updates.combine(decided(id, CandidateStatus.DISMISSED, by, at),
                        Updates.set(CandidateMapping.DISMISS_REASON, reason)))
                .getModifiedCount() == 1;
    }

    /** Closed: out of its pattern's open slot, so the pattern's next incidents start afresh. */
    private static Bson decided(String id, CandidateStatus status, String by, Instant at) {
        return Updates.combine(Updates.set(CandidateMapping.STATUS, status.name()),
                Updates.set(CandidateMapping.OPEN_SLOT, CandidateMapping.closedSlot(id)),
                Updates.set(CandidateMapping.DECIDED_BY, by),
                Updates.set(CandidateMapping.DECIDED_AT, date(at)));
    }

    @Override
    public List<ProblemCandidate> pending(int limit) {
        List<ProblemCandidate> pending = new ArrayList<>();
        candidates.find(Filters.eq(CandidateMapping.PUBLISH_PENDING, true))
                .sort(Sorts.ascending(CandidateMapping.DETECTED_AT))
                .limit(limit)
                .forEach(document -> pending.add(CandidateMapping.fromDocument(document)));
        return pending;
    }

    @Override
    public void published(String candidateId) {
        candidates.updateOne(Filters.eq(CandidateMapping.ID, candidateId),
                Updates.set(CandidateMapping.PUBLISH_PENDING, false));
    }
}
