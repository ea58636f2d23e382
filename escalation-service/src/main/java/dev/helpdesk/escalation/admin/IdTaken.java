package dev.helpdesk.escalation.admin;

/** A creation named an id that another calendar or policy already has. */
public class IdTaken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdTaken(String kind, String id) {
        super("There is already a " + kind + " with id " + id);
    }
}
