package dev.helpdesk.ticket.query;

import static dev.helpdesk.ticket.query.TicketQueueDocuments.ASSIGNEE_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CATEGORY;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CHANNEL;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CREATED_AT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.DESCRIPTION;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.GROUP_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.PROBLEM_IDS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.NUMBER;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.PRIORITY;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.REQUESTER_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.STATUS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.SUBJECT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.TAGS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.TYPE;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.UPDATED_AT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.VERSION;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketStates;
import dev.helpdesk.ticket.api.TicketStatus;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per ticket in {@code ticket_queue} for queues and search ({@code GET
 * /tickets}), so listing never replays events. It runs in a tracking processor with a
 * propagating error handler ({@code config/EventHandlerErrors}): a failed write is retried, never
 * skipped.
 *
 * <p>Each event is one single-document update guarded by {@code version < sequence}: a replayed
 * or redelivered event matches nothing and changes nothing, and no transaction is needed. The
 * opened event upserts; a collision on {@code _id} means a newer version is already stored.
 * Events that fix the status ({@link TicketStates#after} gives one without a current status)
 * set it; the others leave the status field alone.
 */
@Component
@ProcessingGroup(TicketQueueProjection.PROCESSING_GROUP)
class TicketQueueProjection {

    static final String PROCESSING_GROUP = "ticket-queues";
    private static final String TICKET_AGGREGATE_TYPE = "Ticket";

    private final MongoCollection<Document> queue;

    TicketQueueProjection(MongoDatabase ticketDatabase) {
        this.queue = ticketDatabase.getCollection(TicketQueueDocuments.COLLECTION);
        queue.createIndex(Indexes.ascending(REQUESTER_ID));
        queue.createIndex(Indexes.ascending(ASSIGNEE_ID));
        queue.createIndex(Indexes.ascending(GROUP_ID));
        queue.createIndex(Indexes.ascending(PROBLEM_IDS));
        queue.createIndex(Indexes.ascending(PRIORITY, CREATED_AT));
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!TICKET_AGGREGATE_TYPE.equals(message.getType())) {
            return;
        }
        long version = message.getSequenceNumber() + 1;
        Date at = Date.from(message.getTimestamp());
        Document set = new Document(VERSION, version).append(UPDATED_AT, at);
        TicketStatus status = TicketStates.after(event, null);
        if (status != null) {
            set.append(STATUS, status.name());
        }
        if (event instanceof TicketOpened opened) {
            set.append(NUMBER, opened.number().toString())
                    .append(TYPE, opened.type().name())
                    .append(PRIORITY, opened.priority().name())
                    .append(REQUESTER_ID, opened.requesterId())
                    .append(CHANNEL, opened.channel().name())
                    .append(CATEGORY, opened.category())
                    .append(SUBJECT, opened.subject())
                    .append(DESCRIPTION, opened.description())
                    .append(TAGS, opened.tags())
                    .append(GROUP_ID, null)
                    .append(ASSIGNEE_ID, null)
                    .append(CREATED_AT, at);
        } else if (event instanceof TicketDetailsUpdated updated) {
            set.append(SUBJECT, updated.subject())
                    .append(DESCRIPTION, updated.description())
                    .append(CATEGORY, updated.category())
                    .append(TAGS, updated.tags());
        } else if (event instanceof TicketPriorityChanged changed) {
            set.append(PRIORITY, changed.priority().name());
        } else if (event instanceof TicketAssigned assigned) {
            set.append(GROUP_ID, assigned.groupId()).append(ASSIGNEE_ID, assigned.assigneeId());
        } else if (event instanceof TicketEscalated escalated && escalated.toGroupId() != null) {
            set.append(GROUP_ID, escalated.toGroupId()).append(ASSIGNEE_ID, null);
        }
        Document change = new Document("$set", set);
        if (event instanceof TicketLinked linked && linked.kind() == LinkKind.CAUSED_BY) {
            change.append("$addToSet", new Document(PROBLEM_IDS, linked.targetId().toString()));
        }
        update(message.getAggregateIdentifier(), version, change, event instanceof TicketOpened);
    }

    private void update(String ticketId, long version, Document change, boolean upsert) {
        try {
            queue.updateOne(Filters.and(Filters.eq(ID, ticketId), Filters.lt(VERSION, version)),
                    change, new UpdateOptions().upsert(upsert));
        } catch (MongoWriteException e) {
            // the upsert collided with the stored ticket's _id: a newer version is already there
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
