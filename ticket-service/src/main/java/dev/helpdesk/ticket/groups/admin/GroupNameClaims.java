package dev.helpdesk.ticket.groups.admin;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps group names unique across the service, which no single aggregate can decide: a name is
 * claimed by inserting its normalised form as the {@code _id} of a claim document naming the
 * group, and the unique {@code _id} index admits one claim per name, also across instances (the
 * embedded MongoDB-wire server is not reliable at read-modify-write, but its unique indexes are).
 *
 * <p>A claim is made before the group is created, so a creation that fails leaves a claim behind;
 * the caller releases it ({@link #release}), and a claim left by a crash is taken over once it is
 * older than {@link #ABANDONED_AFTER} and its group was never created.
 */
@Component
class GroupNameClaims {

    static final String COLLECTION = "group_names";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final int MAX_ATTEMPTS = 5;

    private final MongoCollection<Document> claims;
    private final GroupDirectory directory;

    GroupNameClaims(MongoDatabase ticketDatabase, GroupDirectory directory) {
        this.claims = ticketDatabase.getCollection(COLLECTION);
        this.directory = directory;
    }

    /** "Service  desk L1 " and "service desk l1" are the same name to people, so to us too. */
    static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Claims {@code name} for {@code groupId}; claiming it again for the same group (a retry, a
     * second instance seeding the same group) succeeds.
     *
     * @throws GroupConflict if another group has the name
     */
    void claim(String name, String groupId) {
        String key = keyOf(name);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                claims.insertOne(new Document("_id", key).append("groupId", groupId)
                        .append("claimedAt", new Date()));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Optional<Document> existing = Optional.ofNullable(claims.find(Filters.eq("_id", key)).first());
            if (existing.isEmpty()) {
                continue; // released in the meantime: try again
            }
            String holder = existing.get().getString("groupId");
            if (holder.equals(groupId)) {
                return;
            }
            if (carries(holder, key) || !abandoned(existing.get())) {
                throw GroupConflict.nameTaken(name.strip(), holder);
            }
            // delete exactly the abandoned claim; whoever inserts next wins the name
            claims.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("groupId", holder)));
        }
        throw GroupConflict.nameTaken(name.strip(), "(contended)");
    }

    /**
     * Gives up this group's claim on the name after its creation failed, unless the group exists
     * with that name after all (a concurrent identical creation won): then the claim is its.
     */
    void release(String name, String groupId) {
        String key = keyOf(name);
        if (!carries(groupId, key)) {
            claims.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("groupId", groupId)));
        }
    }

    /** Whether the group exists under this name: then the claim on it is settled. */
    private boolean carries(String groupId, String key) {
        return directory.find(groupId).filter(group -> keyOf(group.name()).equals(key)).isPresent();
    }

    private static boolean abandoned(Document claim) {
        Date claimedAt = claim.getDate("claimedAt");
        return claimedAt == null || claimedAt.toInstant().plus(ABANDONED_AFTER).isBefore(Instant.now());
    }
}
