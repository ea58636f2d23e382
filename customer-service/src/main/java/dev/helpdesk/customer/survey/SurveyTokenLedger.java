package dev.helpdesk.customer.survey;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.helpdesk.customer.survey.InvalidSatisfactionToken.Reason;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Makes a satisfaction link single-use: the survey endpoint redeems a verified token here before it
 * records the rating. The token id is the document's {@code _id}, so of two concurrent uses (two
 * instances, a double click) exactly one succeeds. Entries expire with their token (a TTL index): an
 * expired token is refused by its signature check anyway.
 */
public final class SurveyTokenLedger {

    static final String COLLECTION = "survey_tokens_used";

    private final MongoCollection<Document> used;

    public SurveyTokenLedger(MongoDatabase database) {
        this.used = database.getCollection(COLLECTION);
        used.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Whether the token has been used (its answer recorded). */
    public boolean isRedeemed(SatisfactionToken token) {
        return used.find(new Document("_id", token.tokenId())).first() != null;
    }

    /** Marks the token used; {@link InvalidSatisfactionToken} if it was used before. */
    public void redeem(SatisfactionToken token, Instant now) {
        try {
            used.insertOne(new Document("_id", token.tokenId()).append("ticketId", token.ticketId())
                    .append("usedAt", Date.from(now)).append("expiresAt", Date.from(token.expiresAt())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new InvalidSatisfactionToken(Reason.USED, "The satisfaction link has been used already");
            }
            throw e;
        }
    }
}
