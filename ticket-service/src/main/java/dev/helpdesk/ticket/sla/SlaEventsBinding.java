package dev.helpdesk.ticket.sla;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.ConsumerAssignment;
import dev.helpdesk.platform.events.DeadLetterCounter;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The inbound side of the SLA topic: the {@code slaEvents} function that the binding
 * {@code slaEvents-in-0} (application.yml: topic, group {@code ticket-service}, retries,
 * dead-letter topic) feeds with each record's bytes, one record at a time.
 */
@Configuration(proxyBeanMethods = false)
class SlaEventsBinding {

    @Bean
    Consumer<Message<byte[]>> slaEvents(SlaEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    /** Readiness component {@code slaConsumer} (application.yml): ready once it holds its partitions. */
    @Bean
    ConsumerAssignment slaConsumerHealthIndicator() {
        return new ConsumerAssignment("sla", "slaEvents-in-0");
    }

    /** Counts ({@code dead-lettered}) and logs each SLA record the binding sent to the DLQ. */
    @Bean
    DeadLetterCounter.Watched slaDeadLetters(SlaEventMetrics metrics) {
        return new DeadLetterCounter.Watched(Topics.SLA, Topics.deadLetterOf(Topics.SLA), metrics::deadLettered);
    }
}
