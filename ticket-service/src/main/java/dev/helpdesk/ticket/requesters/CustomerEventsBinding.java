package dev.helpdesk.ticket.requesters;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the customers topic: the {@code customerEvents} function that the binding
 * {@code customerEvents-in-0} (application.yml: group {@code ticket-service-customers}, retries,
 * dead-letter topic) feeds with each record's bytes. Not part of readiness: a requester the events
 * have not told of yet is asked of the customer service instead ({@link RequesterCheck}).
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventsBinding {

    @Bean
    Consumer<Message<byte[]>> customerEvents(CustomerEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    @Bean
    DeadLetterCounter.Watched customersDeadLetters(CustomerEventHandler handler) {
        return new DeadLetterCounter.Watched(Topics.CUSTOMERS, Topics.deadLetterOf(Topics.CUSTOMERS),
                handler::deadLettered);
    }
}
