package dev.helpdesk.ticket.config;

import dev.helpdesk.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
public class KafkaPublishingConfiguration {

    /**
     * The tickets topic keeps its events for ever: consumers such as reporting rebuild their
     * projections from it. Partitions spread consumers; the key keeps each ticket on one.
     */
    @Bean
    NewTopic ticketsTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.TICKETS)
                .partitions(partitions)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
