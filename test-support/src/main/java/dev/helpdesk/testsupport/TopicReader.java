package dev.helpdesk.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start, as a new consumer group, like any subscriber would. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * The records with key {@code key}, read until {@code enough} holds for them or
     * {@code patience} ran out (then whatever was read).
     */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String bootstrapServers, String topic,
            String key, Predicate<List<ConsumerRecord<String, byte[]>>> enough, Duration patience) {
        return records(bootstrapServers, topic, record -> key.equals(record.key()), enough, patience);
    }

    public static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted, Predicate<List<ConsumerRecord<String, byte[]>>> enough,
            Duration patience) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(patience);
            while (!enough.test(found) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
