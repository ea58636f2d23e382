package dev.helpdesk.ticket.groups.query;

import java.util.List;
import org.bson.Document;

/** How a group is kept in the {@value #COLLECTION} collection. */
final class GroupDocuments {

    static final String COLLECTION = "group_directory";
    static final String VERSION = "version";

    private GroupDocuments() {
    }

    static Document toDocument(GroupView group, long version) {
        return new Document("_id", group.id())
                .append("name", group.name())
                .append("nextLevelGroupId", group.nextLevelGroupId())
                .append("supervisorId", group.supervisorId())
                .append("members", group.members())
                .append(VERSION, version);
    }

    static GroupView fromDocument(Document document) {
        return new GroupView(document.getString("_id"), document.getString("name"),
                document.getString("nextLevelGroupId"), document.getString("supervisorId"),
                document.getList("members", String.class, List.of()));
    }
}
