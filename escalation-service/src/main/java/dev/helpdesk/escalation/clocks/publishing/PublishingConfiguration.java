package dev.helpdesk.escalation.clocks.publishing;

import dev.helpdesk.escalation.scheduling.PassSchedule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA publisher: {@code helpdesk.sla.publish-interval} (default {@code 500ms}) between passes,
 * {@code helpdesk.sla.publish-batch} tickets read at a time (default 100), at most
 * {@code helpdesk.kafka.ack-timeout} (default 30 s) waiting for a batch's acknowledgements, and
 * {@code helpdesk.sla.publishing-enabled=false} to run no publisher in this instance (what the
 * clocks record then stays queued until an instance with a publisher runs).
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

    @Bean
    SlaEventPublisher slaEventPublisher(PublishingQueue queue, SlaEventSender sender,
            @Value("${helpdesk.sla.publish-batch:100}") int batchSize,
            @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        return new SlaEventPublisher(queue, sender, batchSize, ackTimeout);
    }

    @Bean
    @ConditionalOnProperty(name = "helpdesk.sla.publishing-enabled", havingValue = "true", matchIfMissing = true)
    PassSchedule publisherSchedule(SlaEventPublisher publisher,
            @Value("${helpdesk.sla.publish-interval:500ms}") Duration interval) {
        return new PassSchedule("sla-publisher", "helpdesk.sla.publish-interval", interval, publisher::runOnce);
    }
}
