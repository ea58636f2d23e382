package dev.helpdesk.customer.directory;

/** An e-mail address belongs to another customer: addresses are unique, ignoring case. */
public class EmailTaken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailTaken(String email) {
        super("The address " + email + " belongs to another customer");
    }
}
