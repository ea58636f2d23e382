package dev.helpdesk.knowledge.tickets;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The service's own copy of each ticket's text (collection {@value #COLLECTION}), kept from the
 * {@code opened} and {@code updated} ticket events: a service never reads another's database.
 * Idempotent by the ticket event's sequence: a write applies only over an older one, so a repeat
 * or an older event read late changes nothing.
 */
@Component
public class TicketTexts {

    static final String COLLECTION = "tickets";

    private final MongoCollection<Document> tickets;

    TicketTexts(MongoDatabase knowledgeDatabase) {
        this.tickets = knowledgeDatabase.getCollection(COLLECTION);
    }

    /** The ticket as opened; false if it was recorded already. */
    public boolean opened(TicketText ticket) {
        return upsert(ticket.ticketId(), ticket.sequence(), new Document("number", ticket.number())
                .append("type", ticket.type())
                .append("subject", ticket.subject())
                .append("description", ticket.description())
                .append("requesterId", ticket.requesterId())
                .append("category", ticket.category())
                .append("tags", ticket.tags()));
    }

    /** New details after an edit; false if these or newer ones were recorded already. */
    public boolean updated(String ticketId, long sequence, String subject, String description, String category,
            List<String> tags) {
        return upsert(ticketId, sequence, new Document("subject", subject)
                .append("description", description)
                .append("category", category)
                .append("tags", tags == null ? List.of() : tags));
    }

    public Optional<TicketText> find(String ticketId) {
        Document found = tickets.find(Filters.eq("_id", ticketId)).first();
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new TicketText(ticketId, found.getString("number"), found.getString("type"),
                found.getString("subject"), found.getString("description"), found.getString("requesterId"),
                found.getString("category"), found.getList("tags", String.class), found.getLong("sequence")));
    }

    /** Only over an older sequence: a duplicate key on the upsert means the document is as new already. */
    private boolean upsert(String ticketId, long sequence, Document fields) {
        try {
            var result = tickets.updateOne(Filters.and(Filters.eq("_id", ticketId), Filters.lt("sequence", sequence)),
                    new Document("$set", fields.append("sequence", sequence)),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }
}
