package dev.helpdesk.ticket.groups.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.helpdesk.ticket.groups.api.GroupCreated;
import dev.helpdesk.ticket.groups.api.GroupEscalationChanged;
import dev.helpdesk.ticket.groups.api.GroupMemberAdded;
import dev.helpdesk.ticket.groups.api.GroupMemberRemoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per group for the directory listing. It runs in a tracking processor (the
 * default for a processing group), so it catches up after a restart or a failed write and works
 * the same with several instances; the listing may trail a command by milliseconds, which is
 * why single groups are read from their events instead ({@link GroupDirectory#find}).
 *
 * <p>Each event rewrites the whole group as its event stream has it now, and only over an older
 * version: replaying events (at-least-once delivery) or handling them late never moves a document
 * backwards, and no delta logic is repeated here.
 */
@Component
@ProcessingGroup(GroupDirectoryProjection.PROCESSING_GROUP)
class GroupDirectoryProjection {

    static final String PROCESSING_GROUP = "group-directory";

    private final GroupHistory history;
    private final MongoCollection<Document> directory;

    GroupDirectoryProjection(GroupHistory history, MongoDatabase ticketDatabase) {
        this.history = history;
        this.directory = ticketDatabase.getCollection(GroupDocuments.COLLECTION);
    }

    @EventHandler
    void on(GroupCreated event) {
        refresh(event.groupId());
    }

    @EventHandler
    void on(GroupMemberAdded event) {
        refresh(event.groupId());
    }

    @EventHandler
    void on(GroupMemberRemoved event) {
        refresh(event.groupId());
    }

    @EventHandler
    void on(GroupEscalationChanged event) {
        refresh(event.groupId());
    }

    private void refresh(String groupId) {
        history.read(groupId).ifPresent(current -> {
            try {
                // matches no document if a newer version is stored; the upsert then collides
                // with that document's _id, which is the signal that there is nothing to do
                directory.replaceOne(
                        Filters.and(Filters.eq("_id", groupId), Filters.lt(GroupDocuments.VERSION, current.version())),
                        GroupDocuments.toDocument(current.group(), current.version()),
                        new ReplaceOptions().upsert(true));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        });
    }
}
