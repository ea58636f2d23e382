package dev.helpdesk.escalation.problems.integration;

import dev.helpdesk.escalation.problems.ProblemTickets;
import dev.helpdesk.escalation.problems.publishing.DetectionSender;
import dev.helpdesk.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The edges of problem management: detections to the service's topic (created with the SLA
 * events', {@code SlaEventsTopic}), and the ticket service at
 * {@code helpdesk.problems.ticket-service-uri} (default {@code http://localhost:8081}, the local
 * platform's ticket service; in a deployment its address inside the network, not the gateway's),
 * each call given at most {@code helpdesk.problems.ticket-service-timeout} (default 10 s).
 */
@Configuration(proxyBeanMethods = false)
class ProblemIntegrationConfiguration {

    @Bean
    DetectionSender detectionSender(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec,
            MeterRegistry meters) {
        return new KafkaDetectionSender(kafka, codec, meters);
    }

    @Bean
    ProblemTickets problemTickets(@Value("${helpdesk.problems.ticket-service-uri:http://localhost:8081}") URI uri,
            @Value("${helpdesk.problems.ticket-service-timeout:10s}") Duration timeout, MeterRegistry meters) {
        return new HttpProblemTickets(uri, timeout, meters);
    }
}
