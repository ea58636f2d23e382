package dev.helpdesk.customer.email.intake;

/** Mail that cannot be read as RFC 5322 / MIME; it is parked with this message as the reason. */
public class UnparsableMail extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnparsableMail(String message, Throwable cause) {
        super(message, cause);
    }
}
