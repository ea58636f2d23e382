package dev.helpdesk.ticket.groups.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The support groups directory, for the rest of the service (escalation, assignment checks) and
 * for the API.
 */
@Component
public class GroupDirectory {

    private final GroupHistory history;
    private final MongoCollection<Document> directory;

    GroupDirectory(GroupHistory history, MongoDatabase ticketDatabase) {
        this.history = history;
        this.directory = ticketDatabase.getCollection(GroupDocuments.COLLECTION);
    }

    /**
     * The group as its events have it right now, so a decision taken right after a change (an
     * escalation, an assignment) sees that change. Empty for an unknown id, or for the id of
     * something that is not a group.
     */
    public Optional<GroupView> find(String groupId) {
        return history.read(groupId).map(GroupHistory.Versioned::group);
    }

    /**
     * Every group, by name, from the directory projection: a group created or changed a moment
     * ago may show here a few milliseconds later than in {@link #find}.
     */
    public List<GroupView> all() {
        List<GroupView> groups = new ArrayList<>();
        for (Document document : directory.find()) {
            groups.add(GroupDocuments.fromDocument(document));
        }
        groups.sort(Comparator.comparing(GroupView::name, String.CASE_INSENSITIVE_ORDER).thenComparing(GroupView::id));
        return groups;
    }
}
