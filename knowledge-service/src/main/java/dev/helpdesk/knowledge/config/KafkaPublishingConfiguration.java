package dev.helpdesk.knowledge.config;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.OwnedTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class KafkaPublishingConfiguration {

    /** The knowledge topic, owned by this service (decisions D26): kept for ever, keyed by article. */
    @Bean
    NewTopic knowledgeTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas) {
        return OwnedTopic.keptForever(Topics.KNOWLEDGE, partitions, replicas);
    }
}
