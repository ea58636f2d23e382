package dev.helpdesk.ticket.numbering;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.helpdesk.ticket.api.TicketNumber;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Hands out ticket numbers HD-000001, HD-000002, … that never repeat, also across several
 * service instances. A counter document proposes the next number; the number is then claimed by
 * inserting it as the {@code _id} of an issued-numbers document, which the unique {@code _id}
 * index lets succeed only once. Real MongoDB never proposes a number twice; the embedded
 * MongoDB-wire server can under concurrent increments, and the claim catches that. The issued
 * documents also map a number back to its ticket (e-mail subjects carry numbers).
 *
 * <p>A number whose command then fails stays issued, so the sequence may have gaps.
 */
@Component
public class TicketNumberAllocator {

    static final String COUNTERS = "ticket_number_counter";
    static final String ISSUED = "ticket_numbers";
    private static final String COUNTER_ID = "ticket";
    private static final int MAX_ATTEMPTS = 1_000;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> issued;

    public TicketNumberAllocator(MongoDatabase ticketDatabase) {
        this.counters = ticketDatabase.getCollection(COUNTERS);
        this.issued = ticketDatabase.getCollection(ISSUED);
    }

    public TicketNumber next(UUID ticketId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long candidate = counters.findOneAndUpdate(
                    new Document("_id", COUNTER_ID),
                    Updates.inc("value", 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                    .get("value", Number.class).longValue();
            try {
                issued.insertOne(new Document("_id", candidate).append("ticketId", ticketId.toString()));
                return new TicketNumber(candidate);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("No free ticket number after " + MAX_ATTEMPTS + " attempts");
    }
}
