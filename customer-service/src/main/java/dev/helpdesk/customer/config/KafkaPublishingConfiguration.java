package dev.helpdesk.customer.config;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.OwnedTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class KafkaPublishingConfiguration {

    /**
     * The customers topic keeps its events for ever: a consumer that starts later (the SLA clocks,
     * the ticket service) learns every requester's profile from it. It carries no personal data,
     * so keeping it is no obstacle to an erasure.
     */
    @Bean
    NewTopic customersTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas) {
        return OwnedTopic.keptForever(Topics.CUSTOMERS, partitions, replicas);
    }
}
