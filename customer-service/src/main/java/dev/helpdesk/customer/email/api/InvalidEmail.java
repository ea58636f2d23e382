package dev.helpdesk.customer.email.api;

/** A mail command without what every mail must have (an id, a requester, a ticket id, a subject). */
public class InvalidEmail extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEmail(String message) {
        super(message);
    }
}
