package dev.helpdesk.customer.integration;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code ticketAssets} function that the binding {@code ticketAssets-in-0} (application.yml:
 * {@code helpdesk.tickets.v1}, group {@code customer-service-assets}, retries, dead-letter topic)
 * feeds with each record's bytes. A group of its own, apart from the notifications': a rebalance or
 * a slow mail server of one never holds up the other. Not part of readiness: the directory serves
 * whether or not the resolutions are read yet.
 */
@Configuration(proxyBeanMethods = false)
class TicketAssetsBinding {

    @Bean
    Consumer<Message<byte[]>> ticketAssets(TicketAssetRecorder recorder) {
        return message -> recorder.handle(message.getPayload());
    }
}
