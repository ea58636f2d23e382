package dev.helpdesk.customer.api;

/** A command for a customer whose personal data was erased: the record is closed for good. */
public class CustomerIsErased extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CustomerIsErased(String customerId) {
        super("Customer " + customerId + " was erased; the record cannot change any more");
    }
}
