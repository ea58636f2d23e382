package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.escalation.clocks.publishing.SlaEventSender;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OwnedTopic;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbound side: the SLA events topic, which this service owns, and the sender to it.
 */
@Configuration(proxyBeanMethods = false)
class SlaEventsTopic {

    /**
     * Created as the ticket service creates the tickets topic (decisions D26): with its partitions,
     * and kept for ever, since reports of SLA compliance are rebuilt from it. Should a consumer's
     * client have created it first with broker defaults, the admin client gives it these settings
     * ({@code spring.kafka.admin.modify-topic-configs}) and adds the missing partitions.
     */
    @Bean
    NewTopic slaTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas) {
        return OwnedTopic.keptForever(Topics.SLA, partitions, replicas);
    }

    @Bean
    SlaEventSender slaEventSender(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, Clock clock,
            MeterRegistry meters) {
        return new KafkaSlaEventSender(kafka, codec, clock, meters);
    }
}
