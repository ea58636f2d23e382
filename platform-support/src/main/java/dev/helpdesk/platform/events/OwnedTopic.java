package dev.helpdesk.platform.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * A topic as the service that owns it creates it (decisions D26): with its partitions (they spread
 * consumers; the record key keeps each aggregate on one) and kept for ever, since consumers rebuild
 * their projections from the whole stream. Declared as a bean, Spring's Kafka admin creates it, or
 * gives an existing one these settings and adds missing partitions.
 */
public final class OwnedTopic {

    private OwnedTopic() {
    }

    public static NewTopic keptForever(String name, int partitions, short replicas) {
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
