package dev.helpdesk.ticket.groups.web;

/** What a caller reads when a group field has the wrong format. */
final class GroupRequestMessages {

    static final String GROUP_ID = "must be a group id: 2 to 50 lowercase letters, digits or hyphens";
    static final String AGENT_ID = "must be an agent id: 1 to 100 characters without spaces";

    private GroupRequestMessages() {
    }
}
