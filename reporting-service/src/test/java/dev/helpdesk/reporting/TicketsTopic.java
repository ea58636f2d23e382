package dev.helpdesk.reporting;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The tickets and SLA topics and their dead-letter topics as a test sees them through plain Kafka clients.
 * Everything goes to partition 0, so "sent after" means "consumed after".
 */
final class TicketsTopic implements AutoCloseable {

    static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.TICKETS);

    private final String bootstrapServers;
    private final TopicProbe kafka;

    TicketsTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.kafka = new TopicProbe(bootstrapServers);
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
        kafka.send(record);
    }

    /** Sends a record of the SLA topic keyed by ticket id, to partition 0 like the others. */
    void sendSla(String key, byte[] value) {
        send(new ProducerRecord<>(Topics.SLA, 0, key, value), Map.of());
    }

    /** Sends a record of the knowledge topic keyed by article id, to partition 0. */
    void sendKnowledge(String key, byte[] value) {
        send(new ProducerRecord<>(Topics.KNOWLEDGE, 0, key, value), Map.of());
    }

    /** Everything on the knowledge topic's dead-letter topic right now, from its start. */
    List<ConsumerRecord<byte[], byte[]>> knowledgeDeadLetters() {
        return kafka.everythingOn(Topics.deadLetterOf(Topics.KNOWLEDGE));
    }

    /** Everything on the SLA topic's dead-letter topic right now, from its start. */
    List<ConsumerRecord<byte[], byte[]>> slaDeadLetters() {
        return kafka.everythingOn(Topics.deadLetterOf(Topics.SLA));
    }

    /** Everything on the dead-letter topic right now, from its start. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return kafka.everythingOn(DEAD_LETTERS);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
