package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the customers topic: the {@code customerEvents} function that the binding
 * {@code customerEvents-in-0} (application.yml: topic, group {@code escalation-service}, retries,
 * dead-letter topic) feeds with each record's bytes (D34). Not part of readiness: the topic is the
 * customer service's, and tickets are served whether or not a requester is known yet.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsBinding {

    @Bean
    Consumer<Message<byte[]>> customerEvents(CustomerEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    /** Counts ({@code dead-lettered}) and logs each customers record the binding sent to the DLQ. */
    @Bean
    DeadLetterCounter.Watched customersDeadLetters(CustomerEventMetrics metrics) {
        return new DeadLetterCounter.Watched(Topics.CUSTOMERS, Topics.deadLetterOf(Topics.CUSTOMERS),
                metrics::deadLettered);
    }
}
