package dev.helpdesk.customer.api;

/** The caller changed a customer's record as it was at a version it no longer is at ({@code If-Match}). */
public class StaleCustomerVersion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public StaleCustomerVersion(String customerId, long expected, long currentVersion) {
        super("Customer " + customerId + " is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
