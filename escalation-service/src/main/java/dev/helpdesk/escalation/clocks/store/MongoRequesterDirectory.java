package dev.helpdesk.escalation.clocks.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dev.helpdesk.escalation.clocks.RequesterDirectory;
import dev.helpdesk.escalation.clocks.RequesterProfile;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/**
 * The requesters' profiles in {@code sla_requesters}, one document per customer ({@code _id} the
 * customer id), each with the customer event sequence that told it (D34). A profile is written only
 * over an older one: the update's filter asks for a lower sequence, so an outdated event either
 * matches nothing and, as an upsert, collides with the existing {@code _id} (a duplicate key, which
 * means "kept already"), or finds no document and inserts the first one.
 */
public final class MongoRequesterDirectory implements RequesterDirectory {

    static final String COLLECTION = "sla_requesters";

    private final MongoCollection<Document> requesters;

    public MongoRequesterDirectory(MongoDatabase database) {
        this.requesters = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<RequesterProfile> find(String customerId) {
        Document found = requesters.find(Filters.eq("_id", customerId)).first();
        return Optional.ofNullable(found).map(document -> new RequesterProfile(customerId,
                document.getBoolean("vip", false), document.getString("tier"), document.getLong("sequence"),
                Instant.parse(document.getString("changedAt"))));
    }

    @Override
    public boolean record(RequesterProfile profile) {
        try {
            UpdateResult written = requesters.updateOne(
                    Filters.and(Filters.eq("_id", profile.customerId()), Filters.lt("sequence", profile.sequence())),
                    Updates.combine(Updates.set("vip", profile.vip()), Updates.set("tier", profile.tier()),
                            Updates.set("sequence", profile.sequence()),
                            Updates.set("changedAt", profile.changedAt().toString())),
                    new UpdateOptions().upsert(true));
            return written.getModifiedCount() > 0 || written.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
