package dev.helpdesk.customer.notification;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.customer.survey.SatisfactionTokens;
import dev.helpdesk.customer.survey.SurveyTokenLedger;
import dev.helpdesk.platform.events.ConsumerAssignment;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.messaging.Message;

/**
 * The e-mail notifications (issue 6 item 4): the bindings {@code notificationTicketEvents-in-0} and
 * {@code notificationSlaEvents-in-0} (application.yml: topics, groups, retries, dead-letter topics)
 * feed the notifiers with each record's bytes; the sender sends what they queued.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    @Bean
    Consumer<Message<byte[]>> notificationTicketEvents(TicketEventNotifier notifier) {
        return message -> notifier.handle(message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> notificationSlaEvents(SlaEventNotifier notifier) {
        return message -> notifier.handle(message.getPayload());
    }

    /**
     * Readiness component {@code notificationsConsumer} (application.yml): ready once the ticket-events
     * consumer holds its partitions. The service's one rebalance listener, so it watches one binding.
     */
    @Bean
    ConsumerAssignment notificationsConsumerHealthIndicator() {
        return new ConsumerAssignment("ticket notifications", "notificationTicketEvents-in-0");
    }

    @Bean
    DeadLetterCounter.Watched notificationTicketDeadLetters(NotificationMetrics metrics) {
        return new DeadLetterCounter.Watched(Topics.TICKETS, Topics.deadLetterOf(Topics.TICKETS),
                metrics::deadLettered);
    }

    @Bean
    DeadLetterCounter.Watched notificationSlaDeadLetters(NotificationMetrics metrics) {
        return new DeadLetterCounter.Watched(Topics.SLA, Topics.deadLetterOf(Topics.SLA), metrics::deadLettered);
    }

    @Bean
    Clock notificationClock() {
        return Clock.systemUTC();
    }

    @Bean
    MailThreading mailThreading(NotificationSettings settings) {
        return new MailThreading(settings.messageIdDomain());
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean
    SatisfactionTokens satisfactionTokens(NotificationSettings settings, Clock notificationClock) {
        return new SatisfactionTokens(settings.survey().secret(), settings.survey().tokenTtl(), notificationClock);
    }

    /** For the survey endpoint that redeems the links (a later slice). */
    @Bean
    SurveyTokenLedger surveyTokenLedger(MongoDatabase customerDatabase) {
        return new SurveyTokenLedger(customerDatabase);
    }

    /** Off ({@code helpdesk.notifications.enabled=false}) the outbox still fills, and nothing is sent. */
    @Bean
    @ConditionalOnProperty(name = "helpdesk.notifications.enabled", havingValue = "true", matchIfMissing = true)
    NotificationSender notificationSender(NotificationOutbox outbox, Recipients recipients, MailTemplates templates,
            MailThreading threading, JavaMailSender mail, NotificationSettings settings, NotificationMetrics metrics,
            Clock notificationClock) {
        return new NotificationSender(outbox, recipients, templates, threading, mail, settings, metrics,
                notificationClock);
    }
}
