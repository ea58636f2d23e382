package dev.helpdesk.escalation.problems.publishing;

import dev.helpdesk.escalation.problems.DetectionQueue;
import dev.helpdesk.escalation.scheduling.PassSchedule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The detection publisher: {@code helpdesk.problems.publish-interval} (default {@code 500ms})
 * between passes, {@code helpdesk.problems.publish-batch} candidates at a time (default 100), at
 * most {@code helpdesk.kafka.ack-timeout} waiting for a batch's acknowledgements, and
 * {@code helpdesk.problems.publishing-enabled=false} to run none in this instance (detections stay
 * queued until an instance with a publisher runs).
 */
@Configuration(proxyBeanMethods = false)
class ProblemPublishingConfiguration {

    @Bean
    DetectionPublisher detectionPublisher(DetectionQueue queue, DetectionSender sender,
            @Value("${helpdesk.problems.publish-batch:100}") int batchSize,
            @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        return new DetectionPublisher(queue, sender, batchSize, ackTimeout);
    }

    @Bean
    @ConditionalOnProperty(name = "helpdesk.problems.publishing-enabled", havingValue = "true", matchIfMissing = true)
    PassSchedule detectionPublisherSchedule(DetectionPublisher publisher,
            @Value("${helpdesk.problems.publish-interval:500ms}") Duration interval) {
        return new PassSchedule("problem-publisher", "helpdesk.problems.publish-interval", interval,
                publisher::runOnce);
    }
}
