package dev.helpdesk.ticket.groups.admin;

/** The group cannot be created because its id or its name is already taken. */
public class GroupConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private GroupConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    static GroupConflict idTaken(String groupId) {
        return new GroupConflict("id", "The id " + groupId + " is already taken");
    }

    static GroupConflict nameTaken(String name, String byGroupId) {
        return new GroupConflict("name", "A group named '" + name + "' already exists: " + byGroupId);
    }

    /** {@code id} or {@code name}: the field of the request that conflicts. */
    public String field() {
        return field;
    }
}
