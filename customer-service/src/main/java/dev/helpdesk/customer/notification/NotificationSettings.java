package dev.helpdesk.customer.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code helpdesk.notifications.*} (application.yml): who the mail comes from, how staff addresses are
 * made, and how the sender retries.
 *
 * @param staffAddressPattern an agent's or supervisor's address, {@code {id}} standing for their id
 * @param messageIdDomain     the right-hand side of the Message-IDs this service writes
 * @param publicBaseUrl       where clients reach the API (the gateway), for links in mails
 * @param claimDuration       how long a sender's claim on a notification lasts before another may take it
 * @param maxEventAge         an event older than this when read is not notified (a new consumer group
 *                            reading years of history, a service down for days): counted and logged
 */
@ConfigurationProperties("helpdesk.notifications")
public record NotificationSettings(
        boolean enabled,
        String from,
        String staffAddressPattern,
        String staffLocale,
        String messageIdDomain,
        String publicBaseUrl,
        Duration pollInterval,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration claimDuration,
        Duration maxEventAge,
        Survey survey) {

    /** The satisfaction links: HMAC key and how long a link is valid. */
    public record Survey(String secret, Duration tokenTtl) {
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the initial back-off, capped. */
    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    String staffAddress(String staffId) {
        return staffAddressPattern.replace("{id}", staffId);
    }
}
