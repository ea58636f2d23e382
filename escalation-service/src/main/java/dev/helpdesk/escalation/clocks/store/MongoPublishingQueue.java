package dev.helpdesk.escalation.clocks.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.publishing.PublishingQueue;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The publishing queues on the clocks' own documents in {@code sla_clocks}: {@code unpublished},
 * which clock writes append to ({@link MongoTicketClocks}), and the {@code publishPending} flag
 * they set with it. Every change here is a conditional update of those two fields only, never of
 * the clock or its {@code version}, so it never makes a clock writer lose its race.
 */
public final class MongoPublishingQueue implements PublishingQueue {

    private final MongoCollection<Document> clocks;

    public MongoPublishingQueue(MongoDatabase database) {
        this.clocks = database.getCollection(MongoTicketClocks.COLLECTION);
    }

    /**
     * The poll asks for {@code publishPending: true}: an index on the flag that holds only the
     * flagged clocks (partial), so the poll costs what is queued, not what is stored. The embedded
     * server ignores the partial filter and indexes the flag of every clock, which serves the same
     * query. Clocks queued before the flag existed get it here. Safe to run again and beside writers:
     * the flag only ever goes up here, and a clock without a queue is flagged false only while it
     * has no flag at all.
     */
    public void createIndexes() {
        clocks.createIndex(Indexes.ascending(ClockMapping.PUBLISH_PENDING),
                new IndexOptions().partialFilterExpression(Filters.eq(ClockMapping.PUBLISH_PENDING, true)));
        clocks.updateMany(Filters.and(Filters.exists(ClockMapping.PUBLISH_PENDING, false),
                Filters.exists(ClockMapping.UNPUBLISHED + ".0")), Updates.set(ClockMapping.PUBLISH_PENDING, true));
        clocks.updateMany(Filters.exists(ClockMapping.PUBLISH_PENDING, false),
                Updates.set(ClockMapping.PUBLISH_PENDING, false));
    }

    @Override
    public List<QueuedThresholds> pending(int limit) {
        List<QueuedThresholds> pending = new ArrayList<>();
        clocks.find(Filters.eq(ClockMapping.PUBLISH_PENDING, true))
                .limit(limit)
                .projection(Projections.include(ClockMapping.ID, ClockMapping.UNPUBLISHED, "policyId", "details",
                        "clock"))
                .forEach(document -> pending.add(new QueuedThresholds(document.getString(ClockMapping.ID),
                        ClockMapping.queued(document))));
        return pending;
    }

    /** A {@code $pull} of the one entry with this identity (target and threshold, or escalated target), only where it is still queued. */
    @Override
    public boolean published(String ticketId, QueuedSlaEvent published) {
        Document identity = ClockMapping.identityOf(published);
        Bson stillQueued = Filters.elemMatch(ClockMapping.UNPUBLISHED, Filters.and(identity.entrySet().stream()
                .map(field -> Filters.eq(field.getKey(), field.getValue())).toList()));
        return clocks.updateOne(Filters.and(Filters.eq(ClockMapping.ID, ticketId), stillQueued),
                Updates.pull(ClockMapping.UNPUBLISHED, identity)).getModifiedCount() == 1;
    }

    /** Lowers the flag only while the queue is empty: a writer that queued meanwhile keeps it up. */
    @Override
    public void settled(String ticketId) {
        clocks.updateOne(Filters.and(Filters.eq(ClockMapping.ID, ticketId),
                        Filters.eq(ClockMapping.PUBLISH_PENDING, true),
                        Filters.or(Filters.size(ClockMapping.UNPUBLISHED, 0),
                                Filters.exists(ClockMapping.UNPUBLISHED, false))),
                Updates.set(ClockMapping.PUBLISH_PENDING, false));
    }
}
