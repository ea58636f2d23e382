package dev.helpdesk.ticket.config;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.OwnedTopic;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class KafkaPublishingConfiguration {

    /**
     * The tickets topic keeps its events for ever: consumers such as reporting rebuild their
     * projections from it. Partitions spread consumers; the key keeps each ticket on one.
     */
    @Bean
    NewTopic ticketsTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas) {
        return OwnedTopic.keptForever(Topics.TICKETS, partitions, replicas);
    }
}
