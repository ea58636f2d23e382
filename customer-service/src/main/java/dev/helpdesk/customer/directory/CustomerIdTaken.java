package dev.helpdesk.customer.directory;

/** A customer or organisation with this id exists already. */
public class CustomerIdTaken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CustomerIdTaken(String id) {
        super("The id " + id + " is taken");
    }
}
