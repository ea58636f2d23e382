package dev.helpdesk.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link TicketFacts} document per ticket up to date, one event at a time.
 *
 * <p>Idempotency rests on the aggregate sequence alone: every write is a single-document upsert
 * that matches the ticket only while its {@code lastSequence} is lower than the event's. A
 * redelivered record, the same event published twice (same event id, hence same sequence) and
 * an older event arriving late all fail that condition and change nothing, so no figure is ever
 * counted twice, without transactions and without a separate table of seen event ids. That
 * holds for the appended times and the counters too: they change in the same write, or not at
 * all. The event id of the last applied event is kept beside it for tracing.
 */
@Component
public class TicketFactsProjection {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> tickets;

    public TicketFactsProjection(MongoDatabase reportingDatabase) {
        this.tickets = reportingDatabase.getCollection(TicketFacts.COLLECTION);
    }

    public ApplyOutcome apply(TicketFactsChange change) {
        Bson olderThanThisEvent = Filters.and(
                Filters.eq(TicketFacts.TICKET_ID, change.ticketId()),
                Filters.lt(TicketFacts.LAST_SEQUENCE, change.sequence()));
        Bson update = updateOf(change);
        try {
            tickets.updateOne(olderThanThisEvent, update, UPSERT);
            return ApplyOutcome.APPLIED;
        } catch (MongoWriteException firstTry) {
            rethrowUnlessDuplicateKey(firstTry);
        }
        // E11000: no document matched, so the upsert tried to insert the ticket and found it there.
        // Either the stored ticket is already at this sequence or later (a duplicate or a stale
        // event), or another consumer inserted it an instant ago with an older event (a race during
        // a rebalance). Trying once more tells them apart: the race is now an ordinary update.
        try {
            tickets.updateOne(olderThanThisEvent, update, UPSERT);
            return ApplyOutcome.APPLIED;
        } catch (MongoWriteException secondTry) {
            rethrowUnlessDuplicateKey(secondTry);
            return ApplyOutcome.ALREADY_APPLIED;
        }
    }

    public Optional<TicketFacts> find(String ticketId) {
        return Optional.ofNullable(tickets.find(Filters.eq(TicketFacts.TICKET_ID, ticketId)).first())
                .map(TicketFacts::from);
    }

    private static Bson updateOf(TicketFactsChange change) {
        List<Bson> updates = new ArrayList<>();
        for (Map.Entry<String, Object> field : change.fields().entrySet()) {
            updates.add(Updates.set(field.getKey(), field.getValue()));
        }
        for (Map.Entry<String, Instant> time : change.appendedTimes().entrySet()) {
            updates.add(Updates.push(time.getKey(), time.getValue()));
        }
        for (String counter : change.incremented()) {
            updates.add(Updates.inc(counter, 1));
        }
        updates.add(Updates.set(TicketFacts.LAST_SEQUENCE, change.sequence()));
        updates.add(Updates.set(TicketFacts.LAST_EVENT_ID, change.eventId()));
        return Updates.combine(updates);
    }

    private static void rethrowUnlessDuplicateKey(MongoWriteException e) {
        if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
            throw e;
        }
    }
}
