package dev.helpdesk.escalation;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerRegistered;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The customers topic as a test sees it: customer events as the customer service publishes them
 * (issue 6 will), one customer's events numbered 1, 2, 3… on partition 0.
 */
final class CustomersTopic implements AutoCloseable {

    static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.CUSTOMERS);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final TopicProbe kafka;

    CustomersTopic(String bootstrapServers) {
        this.kafka = new TopicProbe(bootstrapServers);
    }

    void send(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CUSTOMERS, 0, key, value);
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
    }

    void registered(String customerId, boolean vip, String tier, Instant at) {
        send(customerId, CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.CUSTOMER_SERVICE,
                CustomerEventTypes.REGISTERED, customerId, at, 1, null,
                new CustomerRegistered(customerId, null, vip, tier, true, at))));
    }

    void updated(String customerId, long sequence, boolean vip, String tier, Instant at) {
        send(customerId, CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.CUSTOMER_SERVICE,
                CustomerEventTypes.UPDATED, customerId, at, sequence, null,
                new CustomerUpdated(customerId, null, vip, tier, true, List.of("vip", "tier"), at))));
    }

    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return kafka.everythingOn(DEAD_LETTERS);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
