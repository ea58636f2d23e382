package dev.helpdesk.customer.notification;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * This service's own copy of what the notifications need of each ticket (collection
 * {@value #COLLECTION}): number, subject and requester from {@code opened}, the subject again from
 * {@code updated}. A service never reads another's database. Written only over an older sequence,
 * so a repeat or a late older event changes nothing.
 */
@Component
public class NotificationTickets {

    static final String COLLECTION = "notification_tickets";

    private final MongoCollection<Document> tickets;

    NotificationTickets(MongoDatabase customerDatabase) {
        this.tickets = customerDatabase.getCollection(COLLECTION);
    }

    void opened(TicketFacts ticket, long sequence) {
        upsert(ticket.ticketId(), sequence, new Document("number", ticket.number())
                .append("subject", ticket.subject())
                .append("requesterId", ticket.requesterId()));
    }

    void subjectChanged(String ticketId, String subject, long sequence) {
        upsert(ticketId, sequence, new Document("subject", subject));
    }

    public Optional<TicketFacts> find(String ticketId) {
        Document found = tickets.find(Filters.eq("_id", ticketId)).first();
        return Optional.ofNullable(found).filter(ticket -> ticket.getString("number") != null)
                .map(ticket -> new TicketFacts(ticketId, ticket.getString("number"), ticket.getString("subject"),
                        ticket.getString("requesterId")));
    }

    /**
     * The ticket that has the number (as the ticket service writes it, {@code HD-000042}); what an inbound
     * mail's subject names is matched with it.
     */
    public Optional<TicketFacts> findByNumber(String number) {
        Document found = tickets.find(Filters.eq("number", number)).first();
        return Optional.ofNullable(found).map(ticket -> new TicketFacts(ticket.getString("_id"),
                ticket.getString("number"), ticket.getString("subject"), ticket.getString("requesterId")));
    }

    /** Only over an older sequence: a duplicate key on the upsert means the document is as new already. */
    private void upsert(String ticketId, long sequence, Document fields) {
        try {
            tickets.updateOne(Filters.and(Filters.eq("_id", ticketId), Filters.lt("sequence", sequence)),
                    new Document("$set", fields.append("sequence", sequence)), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
