package dev.helpdesk.customer.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Subject and text of each notification in the recipient's language, from the resource bundle
 * {@code notifications/messages} ({@code messages_de.properties} for German; English, the bundle
 * without a suffix, for every other locale). Keys are {@code <kind>.subject} and {@code <kind>.body};
 * the arguments are {0} the ticket number, {1} its subject, {2} the detail of the event (the reply, the
 * reason, the note, the reminder's number), {3} the satisfaction link.
 */
final class MailTemplates {

    record Mail(String subject, String body) {
    }

    private final MessageSource messages;

    MailTemplates() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("notifications/messages");
        source.setDefaultEncoding("UTF-8");
        // an unknown locale falls back to the bundle without a suffix (English), never to the JVM's locale
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    Mail render(NotificationKind kind, Locale locale, String number, String ticketSubject,
            Map<String, String> details) {
        Object[] arguments = {number, ticketSubject == null ? "" : ticketSubject, details.getOrDefault("detail", ""),
            details.getOrDefault("link", "")};
        String prefix = kind.templatePrefix();
        return new Mail(messages.getMessage(prefix + ".subject", arguments, locale),
                messages.getMessage(prefix + ".body", arguments, locale));
    }

    /** A customer's locale as the directory stores it ("de", "en-GB"), null for the default. */
    static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.strip());
    }
}
