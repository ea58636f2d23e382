package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.ticket.groups.query.GroupView;
import java.util.List;

/**
 * The platform's list shape. Groups are few, so the list is one page holding all of them.
 */
record GroupList(List<GroupView> items, int page, int size, long total) {

    static GroupList of(List<GroupView> groups) {
        return new GroupList(groups, 0, groups.size(), groups.size());
    }
}
