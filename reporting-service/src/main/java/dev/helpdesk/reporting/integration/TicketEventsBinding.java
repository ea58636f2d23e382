package dev.helpdesk.reporting.integration;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the tickets topic: the {@code ticketEvents} function that the binding
 * {@code ticketEvents-in-0} (application.yml: topic, group, retries, dead-letter topic) feeds
 * with each record's bytes, one record at a time.
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsBinding {

    @Bean
    Consumer<Message<byte[]>> ticketEvents(TicketEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }
}
