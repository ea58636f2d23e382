package dev.helpdesk.ticket.groups.admin;

/** No group has this id. */
public class UnknownGroup extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownGroup(String groupId) {
        super("No group " + groupId);
    }
}
