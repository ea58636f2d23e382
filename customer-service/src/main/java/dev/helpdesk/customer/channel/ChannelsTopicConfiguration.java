package dev.helpdesk.customer.channel;

import dev.helpdesk.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The customer service owns the channels topic. Unlike the other topics it is not kept for ever: what
 * arrives on a channel becomes a ticket, which is the record kept, and inbound e-mail carries personal
 * data that an erasure must be able to reach. {@code helpdesk.kafka.topics.channels-retention} (30 days)
 * is the time a consumer may be down and still catch up.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsTopicConfiguration {

    @Bean
    NewTopic channelsTopic(@Value("${helpdesk.kafka.topics.partitions:3}") int partitions,
            @Value("${helpdesk.kafka.topics.replicas:1}") short replicas,
            @Value("${helpdesk.kafka.topics.channels-retention:30d}") Duration retention) {
        return TopicBuilder.name(Topics.CHANNELS)
                .partitions(partitions)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))
                .build();
    }
}
