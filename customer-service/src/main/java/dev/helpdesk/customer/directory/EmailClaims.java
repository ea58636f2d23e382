package dev.helpdesk.customer.directory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.helpdesk.customer.command.CustomerRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps e-mail addresses unique across customers, which no single aggregate can decide: an address
 * is claimed by inserting its lower-case form as the {@code _id} of a claim naming the customer, and
 * the unique {@code _id} index admits one claim per address, also across instances. A claim is made
 * before the command is sent and released when the command fails or the address is dropped.
 */
@Component
public class EmailClaims {

    static final String COLLECTION = "customer_emails";

    private final MongoCollection<Document> claims;

    EmailClaims(MongoDatabase customerDatabase) {
        this.claims = customerDatabase.getCollection(COLLECTION);
    }

    /**
     * Claims every address for {@code customerId}; an address the customer holds already is theirs.
     * All or nothing: if one belongs to someone else, the ones claimed here are released.
     *
     * @return the addresses (lower case) claimed by this call, to release if the command fails
     * @throws EmailTaken naming the first address that belongs to another customer
     */
    public List<String> claim(Collection<String> emails, String customerId) {
        List<String> claimed = new ArrayList<>();
        for (String email : emails) {
            String key = CustomerRules.keyOf(email);
            try {
                claims.insertOne(new Document("_id", key).append("customerId", customerId)
                        .append("claimedAt", new Date()));
                claimed.add(key);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    release(claimed, customerId);
                    throw e;
                }
                Document holder = claims.find(Filters.eq("_id", key)).first();
                if (holder != null && !customerId.equals(holder.getString("customerId"))) {
                    release(claimed, customerId);
                    throw new EmailTaken(email);
                }
            }
        }
        return claimed;
    }

    /** Gives up every address {@code customerId} holds except {@code kept}: those the customer dropped. */
    public void releaseAllBut(Collection<String> kept, String customerId) {
        claims.deleteMany(Filters.and(Filters.eq("customerId", customerId),
                Filters.nin("_id", kept.stream().map(CustomerRules::keyOf).toList())));
    }

    /** Gives up every address {@code customerId} holds: an erased customer's are free for anyone. */
    public void releaseAll(String customerId) {
        claims.deleteMany(Filters.eq("customerId", customerId));
    }

    /** Gives up the addresses (lower case or as written) that {@code customerId} holds; others' stay theirs. */
    public void release(Collection<String> emails, String customerId) {
        for (String email : emails) {
            claims.deleteOne(Filters.and(Filters.eq("_id", CustomerRules.keyOf(email)),
                    Filters.eq("customerId", customerId)));
        }
    }

    /** The customer who holds the address (compared ignoring case), if anyone does. */
    public Optional<String> holderOf(String email) {
        Document claim = claims.find(Filters.eq("_id", CustomerRules.keyOf(email))).first();
        return Optional.ofNullable(claim).map(found -> found.getString("customerId"));
    }
}
