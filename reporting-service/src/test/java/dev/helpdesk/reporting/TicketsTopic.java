package dev.helpdesk.reporting;

import dev.helpdesk.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The tickets topic and its dead-letter topic as a test sees them through plain Kafka clients.
 * Everything goes to partition 0, so "sent after" means "consumed after".
 */
final class TicketsTopic implements AutoCloseable {

    static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.TICKETS);

    private final String bootstrapServers;
    /** Made on first use: most tests of the edge contract never produce. */
    private KafkaProducer<String, byte[]> producer;

    TicketsTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends a record keyed by ticket id and waits for the broker's acknowledgement. */
    void send(String key, byte[] value) {
        send(key, value, Map.of());
    }

    void send(String key, byte[] value, Map<String, String> headers) {
        send(new ProducerRecord<>(Topics.TICKETS, 0, key, value), headers);
    }

    /** Sends to the given partition (the others go to partition 0). */
    void sendTo(int partition, String key, byte[] value) {
        send(new ProducerRecord<>(Topics.TICKETS, partition, key, value), Map.of());
    }

    /**
     * Adds a partition to the tickets topic, as the ticket service's admin client does when it
     * finds the topic created with fewer partitions than it wants; returns the new one's number.
     */
    int addPartition() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int count = admin.describeTopics(List.of(Topics.TICKETS)).allTopicNames().get()
                    .get(Topics.TICKETS).partitions().size();
            admin.createPartitions(Map.of(Topics.TICKETS, NewPartitions.increaseTo(count + 1))).all().get();
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not add a partition to " + Topics.TICKETS, e.getCause());
        }
    }

    private void send(ProducerRecord<String, byte[]> record, Map<String, String> headers) {
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + Topics.TICKETS, e.getCause());
        }
    }

    /** Everything on the dead-letter topic right now, from its start. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + DEAD_LETTERS + " up to " + ends);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
