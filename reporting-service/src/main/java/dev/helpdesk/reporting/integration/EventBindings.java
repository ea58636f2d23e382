package dev.helpdesk.reporting.integration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.messaging.Message;

/**
 * The inbound side: the {@code ticketEvents}, {@code slaEvents} and {@code knowledgeEvents} functions
 * that the bindings {@code ticketEvents-in-0}, {@code slaEvents-in-0} and {@code knowledgeEvents-in-0}
 * (application.yml: topic, group, retries,
 * dead-letter topic) feed with the records' bytes: a poll's records at a time for the tickets and
 * the SLA topics (batch mode), one record at a time for the knowledge topic.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    /** A poll's records at a time (batch-mode, application.yml): one batch for the projection (D103). */
    @Bean
    Consumer<Message<List<byte[]>>> ticketEvents(TicketEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    @Bean
    Consumer<Message<List<byte[]>>> slaEvents(SlaEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> knowledgeEvents(KnowledgeEventHandler handler) {
        return message -> handler.handle(message.getPayload());
    }

    /**
     * Readiness component {@code consumers} (application.yml): ready only once the three consumers
     * hold their partitions, so that an event published now is not left unread by the reports.
     */
    @Bean
    ConsumersAssignment consumersHealthIndicator() {
        return new ConsumersAssignment(Set.of("ticketEvents-in-0", "slaEvents-in-0", "knowledgeEvents-in-0"));
    }

    /** Retries and dead letters per failure kind, in the listener containers (not the binding). */
    @Bean
    RetryUntilMongoIsBack retryUntilMongoIsBack(KafkaProperties kafka, EventMetrics metrics) {
        return new RetryUntilMongoIsBack(deadLetterProducer(kafka), metrics);
    }

    /**
     * The dead-letter producer: records are forwarded byte for byte, and a dead letter counts as
     * sent only once every replica has it (the record's offset is committed after it).
     */
    private static DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducer(KafkaProperties kafka) {
        Map<String, Object> properties = new HashMap<>(kafka.buildProducerProperties());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new DefaultKafkaProducerFactory<>(properties);
    }
}
