package dev.helpdesk.benchmark;

import dev.helpdesk.contracts.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The reports benchmark's Kafka side: publishes synthetic records straight to the topics, and
 * measures how far the reporting service's consumer group is behind their ends (its lag).
 */
final class ReportsKafka implements AutoCloseable {

    /** The reporting service's consumer group (its application.yml). */
    static final String REPORTING_GROUP = "reporting-service-v2";
    static final List<String> TOPICS = List.of(Topics.TICKETS, Topics.SLA);
    /** As the ticket and escalation services create them (OwnedTopic): 3 partitions, kept forever. */
    private static final int PARTITIONS = 3;

    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong sent = new AtomicLong();

    ReportsKafka(String bootstrapServers) {
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(adminConfig);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "helpdesk-benchmark-reports");
        // as the services publish (acks=all, idempotent), but in big compressed batches
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producer = new KafkaProducer<>(config);
    }

    /** Creates the two topics as their owners would, if they are not there yet. */
    void ensureTopics() throws InterruptedException {
        for (String topic : TOPICS) {
            NewTopic wanted = new NewTopic(topic, PARTITIONS, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
            try {
                admin.createTopics(List.of(wanted)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + topic + ": " + e.getCause(), e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not answer within 30 s creating " + topic, e);
            }
        }
    }

    /** Sends without waiting; a failed send fails {@link #flush()}. */
    void send(SyntheticTickets.Record record) {
        producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()), (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            } else {
                sent.incrementAndGet();
            }
        });
    }

    /** Waits until every record sent is acknowledged; throws if any was not. */
    void flush() {
        producer.flush();
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("a record could not be published: " + error.getMessage(), error);
        }
    }

    long acknowledged() {
        return sent.get();
    }

    /** Records on the topics not yet committed by the reporting service's group: its lag. */
    long lag() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(REPORTING_GROUP)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicPartition partition : partitions()) {
                latest.put(partition, OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the reporting service's lag: " + e.getMessage(), e);
        }
    }

    private List<TopicPartition> partitions() throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(Set.copyOf(TOPICS)).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, topic) ->
                topic.partitions().forEach(info -> partitions.add(new TopicPartition(name, info.partition()))));
        return partitions;
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
