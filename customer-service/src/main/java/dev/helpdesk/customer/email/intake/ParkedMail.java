package dev.helpdesk.customer.email.intake;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.helpdesk.customer.directory.PersonalDataHolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Mail set aside instead of taken (collection {@value #COLLECTION}): mail that cannot be parsed, has no
 * usable sender, an attachment over the limit, a sender whose record is inactive, or (when unknown
 * senders are rejected) an unknown sender. Never dropped silently: each is kept with its reason and, up
 * to {@value #MAX_RAW} bytes, the raw mail, for an admin to read ({@code GET /api/v1/channels/email/parked}).
 * Keyed by the mail's id, so a mail is set aside once, also by two instances; only the first
 * {@link #park} returns true (the rejection reply is sent on that).
 * <p>
 * A parked mail keeps its sender's address; when the sender is a customer, erasing them removes the
 * address, the name, the subject and the raw mail and leaves the reason and the time ({@link #forget}).
 */
@Component
public class ParkedMail implements PersonalDataHolder {

    static final String COLLECTION = "email_parked";
    static final int MAX_RAW = 1024 * 1024;

    private final MongoCollection<Document> parked;

    ParkedMail(MongoDatabase customerDatabase) {
        this.parked = customerDatabase.getCollection(COLLECTION);
    }

    /** What an admin reads of a parked mail. */
    public record Entry(String mailId, String kind, String reason, String via, String messageId, String from,
            String subject, String requesterId, long size, Instant parkedAt) {
    }

    /** @return true if this call set it aside, false if it was already */
    boolean park(String mailId, String kind, String reason, String via, ParsedMail mail, String requesterId) {
        byte[] raw = mail == null || mail.content() == null ? new byte[0] : mail.content();
        Document entry = new Document("_id", mailId).append("kind", kind).append("reason", reason)
                .append("via", via).append("messageId", mail == null ? null : mail.messageId())
                .append("from", mail == null ? null : mail.from())
                .append("fromName", mail == null ? null : mail.fromName())
                .append("subject", mail == null ? null : mail.subject()).append("requesterId", requesterId)
                .append("size", (long) raw.length).append("parkedAt", new Date());
        if (raw.length <= MAX_RAW) {
            entry.append("raw", new Binary(raw));
        }
        try {
            parked.insertOne(entry);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    boolean isParked(String mailId) {
        return parked.countDocuments(Filters.eq("_id", mailId)) > 0;
    }

    /** A page of parked mail, the latest first, and how many there are. */
    public record Page(List<Entry> items, long total) {
    }

    public Page list(int page, int size) {
        List<Entry> items = new ArrayList<>();
        parked.find().sort(Sorts.descending("parkedAt", "_id")).skip(page * size).limit(size).forEach(found ->
                items.add(new Entry(found.getString("_id"), found.getString("kind"), found.getString("reason"),
                        found.getString("via"), found.getString("messageId"), found.getString("from"),
                        found.getString("subject"), found.getString("requesterId"),
                        ((Number) found.get("size")).longValue(), found.getDate("parkedAt").toInstant())));
        return new Page(items, parked.countDocuments());
    }

    @Override
    public void forget(String customerId) {
        parked.updateMany(Filters.eq("requesterId", customerId), Updates.combine(Updates.set("from", null),
                Updates.set("fromName", null), Updates.set("subject", null), Updates.unset("raw"),
                Updates.set("messageId", null)));
    }
}
