package dev.helpdesk.customer.notification;

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
import dev.helpdesk.customer.directory.PersonalDataHolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The notifications to send and sent (collection {@value #COLLECTION}), keyed by triggering event and
 * kind, so each is written once however often its event is read (D62). Senders claim an entry with a
 * single conditional update, so two instances never send the same one at the same time; a claim left
 * by a crashed sender expires and the entry is taken over.
 */
@Component
public class NotificationOutbox implements SmartInitializingSingleton, PersonalDataHolder {

    static final String COLLECTION = "notifications";

    private final MongoCollection<Document> entries;

    NotificationOutbox(MongoDatabase customerDatabase) {
        this.entries = customerDatabase.getCollection(COLLECTION);
    }

    @Override
    public void afterSingletonsInstantiated() {
        entries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        entries.createIndex(Indexes.ascending("ticketId", "createdAt"));
        entries.createIndex(Indexes.ascending("recipientId"));
    }

    /**
     * An erased customer's addresses leave the record of what was sent to them (D65): the entries
     * stay, so that what happened remains on record, without where it went. One still waiting finds
     * no address and ends as FAILED.
     */
    @Override
    public void forget(String customerId) {
        entries.updateMany(Filters.and(Filters.eq("recipientId", customerId), Filters.ne("address", null)),
                Updates.set("address", null));
    }

    /** False if an entry for this event and kind exists already (a redelivered event). */
    boolean add(Notification notification) {
        try {
            entries.insertOne(toDocument(notification));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Takes the entry due first, if any: one whose sender's claim ran out (it was due before
     * anything claimable now), else the pending one due earliest. Counts the attempt as begun.
     *
     * <p>Two claims, each on one status, rather than one claim on an {@code $or} of both: each is
     * then served by the {@code (status, nextAttemptAt)} index, on real MongoDB and on the embedded
     * MongoDB-wire node alike. The node answered the {@code $or} by reading and sorting every entry
     * ever sent, on the network thread other services' requests wait on, each time a sender looked:
     * stalls of seconds for the whole platform once some thousand mails had gone (D110).
     */
    Optional<Notification> claimNext(String sender, Instant now, Instant claimUntil) {
        Date at = Date.from(now);
        Optional<Notification> abandoned = claim(new Document("status", Notification.Status.SENDING.name())
                .append("claimedUntil", new Document("$lte", at)), sender, claimUntil);
        return abandoned.isPresent() ? abandoned : claim(new Document("status", Notification.Status.PENDING.name())
                .append("nextAttemptAt", new Document("$lte", at)), sender, claimUntil);
    }

    private Optional<Notification> claim(Bson due, String sender, Instant claimUntil) {
        Document claimed = entries.findOneAndUpdate(due,
                Updates.combine(Updates.set("status", Notification.Status.SENDING.name()),
                        Updates.set("claimedBy", sender), Updates.set("claimedUntil", Date.from(claimUntil)),
                        Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt"))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(NotificationOutbox::fromDocument);
    }

    void sent(Notification notification, String sender, String address, Instant at) {
        entries.updateOne(claimedBy(notification, sender), Updates.combine(
                Updates.set("status", Notification.Status.SENT.name()), Updates.set("address", address),
                Updates.set("sentAt", Date.from(at)), Updates.unset("claimedBy"), Updates.unset("claimedUntil"),
                Updates.unset("lastError")));
    }

    void retryLater(Notification notification, String sender, String error, Instant nextAttemptAt) {
        entries.updateOne(claimedBy(notification, sender), Updates.combine(
                Updates.set("status", Notification.Status.PENDING.name()), Updates.set("lastError", error),
                Updates.set("nextAttemptAt", Date.from(nextAttemptAt)), Updates.unset("claimedBy"),
                Updates.unset("claimedUntil")));
    }

    void failed(Notification notification, String sender, String error) {
        entries.updateOne(claimedBy(notification, sender), Updates.combine(
                Updates.set("status", Notification.Status.FAILED.name()), Updates.set("lastError", error),
                Updates.unset("claimedBy"), Updates.unset("claimedUntil")));
    }

    /** A page of entries, the oldest first; null filters match all. */
    public Page list(String ticketId, Notification.Status status, int page, int size) {
        List<Bson> conditions = new ArrayList<>();
        if (ticketId != null) {
            conditions.add(Filters.eq("ticketId", ticketId));
        }
        if (status != null) {
            conditions.add(Filters.eq("status", status.name()));
        }
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Notification> items = new ArrayList<>();
        entries.find(query).sort(Sorts.ascending("createdAt", "_id")).skip(page * size).limit(size)
                .forEach(document -> items.add(fromDocument(document)));
        return new Page(items, entries.countDocuments(query));
    }

    public record Page(List<Notification> items, long total) {
    }

    private static Bson claimedBy(Notification notification, String sender) {
        return Filters.and(Filters.eq("_id", notification.id()), Filters.eq("claimedBy", sender));
    }

    private static Document toDocument(Notification notification) {
        return new Document("_id", notification.id())
                .append("eventId", notification.eventId())
                .append("eventType", notification.eventType())
                .append("ticketId", notification.ticketId())
                .append("number", notification.number())
                .append("ticketSubject", notification.ticketSubject())
                .append("kind", notification.kind().name())
                .append("recipientId", notification.recipientId())
                .append("details", new Document(notification.details()))
                .append("messageId", notification.messageId())
                .append("status", notification.status().name())
                .append("attempts", notification.attempts())
                .append("createdAt", Date.from(notification.createdAt()))
                .append("nextAttemptAt", Date.from(notification.nextAttemptAt()));
    }

    private static Notification fromDocument(Document document) {
        Map<String, String> details = new LinkedHashMap<>();
        Document stored = document.get("details", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> details.put(key, value == null ? null : value.toString()));
        }
        return new Notification(document.getString("_id"), document.getString("eventId"),
                document.getString("eventType"), document.getString("ticketId"), document.getString("number"),
                document.getString("ticketSubject"), NotificationKind.valueOf(document.getString("kind")),
                document.getString("recipientId"), details, document.getString("messageId"),
                Notification.Status.valueOf(document.getString("status")), document.getInteger("attempts", 0),
                document.getString("lastError"), document.getString("address"), instant(document, "createdAt"),
                instant(document, "nextAttemptAt"), instant(document, "sentAt"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
