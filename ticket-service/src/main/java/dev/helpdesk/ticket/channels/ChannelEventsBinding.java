package dev.helpdesk.ticket.channels;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.ConsumerAssignment;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the channels topic (monitoring alerts; inbound e-mail later): the
 * {@code channelEvents} function that the binding {@code channelEvents-in-0} (application.yml: group
 * {@code ticket-service-channels}, retries, dead-letter topic) feeds with each record's bytes.
 */
@Configuration(proxyBeanMethods = false)
class ChannelEventsBinding {

    @Bean
    Consumer<Message<byte[]>> channelEvents(ChannelEventDispatcher events) {
        return message -> events.handle(message.getPayload());
    }

    /** Readiness component {@code channelsConsumer} (application.yml): ready once it holds its partitions. */
    @Bean
    ConsumerAssignment channelsConsumerHealthIndicator() {
        return new ConsumerAssignment("channels", "channelEvents-in-0");
    }

    /** Counts ({@code dead-lettered}) and logs each channel record the binding sent to the DLQ. */
    @Bean
    DeadLetterCounter.Watched channelsDeadLetters(ChannelEventDispatcher events) {
        return new DeadLetterCounter.Watched(Topics.CHANNELS, Topics.deadLetterOf(Topics.CHANNELS),
                events::deadLettered);
    }
}
