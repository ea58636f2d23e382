package dev.helpdesk.customer.directory;

/**
 * A part of this service beyond the directory that keeps some of a customer's personal data (the
 * notification outbox keeps the address each mail went to). An erasure tells each one to forget the
 * customer; like the erasure's other steps, forgetting again must be harmless.
 */
public interface PersonalDataHolder {

    void forget(String customerId);
}
