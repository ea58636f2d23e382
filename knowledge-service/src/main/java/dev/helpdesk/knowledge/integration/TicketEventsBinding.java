package dev.helpdesk.knowledge.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.ConsumerAssignment;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the tickets topic: the {@code ticketEvents} function that the binding
 * {@code ticketEvents-in-0} (application.yml: topic, group {@code knowledge-service}, retries,
 * dead-letter topic) feeds with each record's bytes, one record at a time.
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsBinding {

    @Bean
    Consumer<Message<byte[]>> ticketEvents(TicketEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    /**
     * Readiness component {@code ticketsConsumer} (application.yml): ready only once the consumer
     * holds its partitions, so that a ticket opened now gets its suggestions.
     */
    @Bean
    ConsumerAssignment ticketsConsumerHealthIndicator() {
        return new ConsumerAssignment("tickets", "ticketEvents-in-0");
    }

    /**
     * Counts ({@code dead-lettered}) and logs each record the tickets binding sent to its DLQ: the
     * service's one such bean, naming every topic it consumes (of two, only one would be subscribed).
     */
    @Bean
    DeadLetterCounter deadLetters(TicketEventMetrics tickets) {
        return new DeadLetterCounter(Topics.TICKETS, Topics.deadLetterOf(Topics.TICKETS), tickets::deadLettered);
    }
}
