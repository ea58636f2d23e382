package dev.helpdesk.customer.directory;

/** No customer has this id. */
public class UnknownCustomer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCustomer(String customerId) {
        super("No customer has the id " + customerId);
    }
}
