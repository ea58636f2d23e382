package dev.helpdesk.ticket.query;

import static dev.helpdesk.ticket.query.TicketQueueDocuments.ASSIGNEE_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CATEGORY;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CHANNEL;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.CREATED_AT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.DESCRIPTION;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.GROUP_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.NUMBER;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.PRIORITY;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.PROBLEM_IDS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.REQUESTER_ID;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.STATUS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.SUBJECT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.TAGS;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.TYPE;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.UPDATED_AT;
import static dev.helpdesk.ticket.query.TicketQueueDocuments.VERSION;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.helpdesk.ticket.api.TicketStatus;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Lists and searches tickets from the {@code ticket_queue} projection. It trails the event store
 * by the processor's lag (milliseconds); a single ticket is read from its events instead
 * ({@link TicketTimeline}).
 */
@Component
public class TicketQueue {

    private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}";

    private final MongoCollection<Document> queue;

    TicketQueue(MongoDatabase ticketDatabase) {
        this.queue = ticketDatabase.getCollection(TicketQueueDocuments.COLLECTION);
    }

    public TicketQueuePage search(TicketQueueQuery query) {
        Bson filter = filterOf(query);
        List<TicketQueueItem> items = new ArrayList<>();
        queue.find(filter)
                .sort(sortOf(query.sort()))
                .skip(query.page() * query.size())
                .limit(query.size())
                .forEach(document -> items.add(itemOf(document)));
        long total = queue.countDocuments(filter);
        return new TicketQueuePage(items, query.page(), query.size(), total);
    }

    private static Bson filterOf(TicketQueueQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(Filters.in(STATUS, query.statuses().stream().map(TicketStatus::name).toList()));
        }
        if (query.groupIds() != null) {
            filters.add(Filters.in(GROUP_ID, List.copyOf(query.groupIds())));
        }
        if (query.assigneeId() != null) {
            filters.add(Filters.eq(ASSIGNEE_ID, query.assigneeId()));
        }
        if (query.unassigned()) {
            filters.add(Filters.eq(ASSIGNEE_ID, null));
        }
        if (query.requesterId() != null) {
            filters.add(Filters.eq(REQUESTER_ID, query.requesterId()));
        }
        if (query.problemId() != null) {
            filters.add(Filters.eq(PROBLEM_IDS, query.problemId().toString()));
        }
        if (query.priority() != null) {
            filters.add(Filters.eq(PRIORITY, query.priority().name()));
        }
        if (query.type() != null) {
            filters.add(Filters.eq(TYPE, query.type().name()));
        }
        if (query.channel() != null) {
            filters.add(Filters.eq(CHANNEL, query.channel().name()));
        }
        if (query.createdFrom() != null) {
            filters.add(Filters.gte(CREATED_AT, Date.from(query.createdFrom())));
        }
        if (query.createdTo() != null) {
            filters.add(Filters.lt(CREATED_AT, Date.from(query.createdTo())));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = literal(query.text().strip());
            filters.add(Filters.or(Filters.regex(SUBJECT, pattern, "i"), Filters.regex(DESCRIPTION, pattern, "i")));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    /** The text as a regular expression matching exactly itself: every metacharacter escaped. */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (REGEX_METACHARACTERS.indexOf(c) >= 0) {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    private static Bson sortOf(TicketQueueSort sort) {
        return switch (sort) {
            case PRIORITY -> Sorts.ascending(PRIORITY, CREATED_AT, ID);
            case CREATED_AT -> Sorts.ascending(CREATED_AT, ID);
            case CREATED_AT_DESC -> Sorts.descending(CREATED_AT, ID);
            case UPDATED_AT -> Sorts.ascending(UPDATED_AT, ID);
            case UPDATED_AT_DESC -> Sorts.descending(UPDATED_AT, ID);
        };
    }

    private static TicketQueueItem itemOf(Document document) {
        List<String> tags = document.getList(TAGS, String.class);
        Number version = document.get(VERSION, Number.class);
        Date createdAt = document.getDate(CREATED_AT);
        Date updatedAt = document.getDate(UPDATED_AT);
        return new TicketQueueItem(document.getString(ID), document.getString(NUMBER), document.getString(TYPE),
                document.getString(STATUS), document.getString(SUBJECT), document.getString(PRIORITY),
                document.getString(GROUP_ID), document.getString(ASSIGNEE_ID), document.getString(REQUESTER_ID),
                document.getString(CHANNEL), document.getString(CATEGORY), tags == null ? List.of() : List.copyOf(tags),
                createdAt == null ? null : createdAt.toInstant(), updatedAt == null ? null : updatedAt.toInstant(),
                version == null ? 0 : version.longValue());
    }
}
