package dev.helpdesk.customer.notification;

import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerView;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Where a notification goes and in which language (D61). A requester: the first (primary) address
 * and the locale of their record in this service's directory, looked up when the mail is sent, so a
 * changed address is used. Agents and supervisors are known only by id (the token subject, e.g.
 * {@code demo-agent}): their address is made from it by {@code staff-address-pattern}, in
 * {@code staff-locale}.
 */
@Component
class Recipients {

    record Recipient(String address, Locale locale) {
    }

    /** No address to send to (yet): retried like a failed send, then reported. */
    static final class NoAddress extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoAddress(String message) {
            super(message);
        }
    }

    private final CustomerDirectory directory;
    private final NotificationSettings settings;

    Recipients(CustomerDirectory directory, NotificationSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    Recipient of(Notification notification) {
        if (notification.kind().audience != NotificationKind.Audience.REQUESTER) {
            return new Recipient(settings.staffAddress(notification.recipientId()),
                    MailTemplates.localeOf(settings.staffLocale()));
        }
        CustomerView customer = directory.customer(notification.recipientId())
                .orElseThrow(() -> new NoAddress("requester " + notification.recipientId()
                        + " is not in the directory"));
        if (customer.emails() == null || customer.emails().isEmpty()) {
            throw new NoAddress("requester " + customer.id() + " has no e-mail address");
        }
        return new Recipient(customer.emails().get(0), MailTemplates.localeOf(customer.locale()));
    }
}
