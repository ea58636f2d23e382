package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * What the publisher does with events it must not publish as they are, against a real broker:
 * after each such event a ticket's opening is published as a marker, and the topic (one
 * partition, so in order) holds the marker but nothing of the refused event before it.
 */
class KafkaTicketPublisherTest {

    private static EmbeddedKafkaKraftBroker broker;
    private static DefaultKafkaProducerFactory<String, byte[]> producers;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KafkaTicketPublisher publisher = new KafkaTicketPublisher(new KafkaTemplate<>(producers),
            new CloudEventCodec(), new TicketStatusTracker(store, meters, 10), meters, Duration.ofSeconds(10));

    @BeforeAll
    static void startTheBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.TICKETS);
        broker.afterPropertiesSet();
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopTheBroker() {
        producers.destroy();
        broker.destroy();
    }

    @AfterEach
    void stopTheStore() {
        store.shutDown();
    }

    @Test
    void aTicketEventWithoutTranslationFailsSoTheProcessorRetriesInsteadOfSkippingIt() throws Exception {
        record TicketTeleported(UUID ticketId, String planet) {
        }
        UUID ticketId = UUID.randomUUID();
        DomainEventMessage<?> opened = ticketEvent(ticketId, 0, TicketEventExamples.opened(ticketId));
        DomainEventMessage<?> teleported = ticketEvent(ticketId, 1, new TicketTeleported(ticketId, "Mars"));
        store.publish(List.of(opened, teleported));

        assertThatThrownBy(() -> publisher.on(teleported.getPayload(), teleported))
                .isInstanceOf(UntranslatedTicketEvent.class);
        publisher.on(opened.getPayload(), opened);

        assertThat(recordsUpToTheMarkerOf(ticketId)).extracting(ConsumerRecord::key)
                .filteredOn(ticketId.toString()::equals).hasSize(1);
    }

    @Test
    void anotherAggregatesEventIsNotATicketEventAndIsNotPublished() throws Exception {
        record GroupRenamed(String groupId, String name) {
        }
        DomainEventMessage<?> renamed = new GenericDomainEventMessage<>("SupportGroup", "network-l2", 0,
                new GroupRenamed("network-l2", "Network"));
        UUID marker = UUID.randomUUID();
        DomainEventMessage<?> opened = ticketEvent(marker, 0, TicketEventExamples.opened(marker));
        store.publish(List.of(opened));

        publisher.on(renamed.getPayload(), renamed);
        publisher.on(opened.getPayload(), opened);

        assertThat(recordsUpToTheMarkerOf(marker)).extracting(ConsumerRecord::key)
                .doesNotContain("network-l2")
                .endsWith(marker.toString());
    }

    /** Every record on the topic up to and including the marker ticket's opening. */
    private static List<ConsumerRecord<String, byte[]>> recordsUpToTheMarkerOf(UUID marker) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(broker.getBrokersAsString(), Topics.TICKETS,
                record -> true, read -> read.stream().anyMatch(record -> marker.toString().equals(record.key())),
                Duration.ofSeconds(20));
        int markerAt = records.stream().map(ConsumerRecord::key).toList().indexOf(marker.toString());
        assertThat(markerAt).as("the marker reached the topic").isNotNegative();
        return records.subList(0, markerAt + 1);
    }

    private static DomainEventMessage<?> ticketEvent(UUID ticketId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(KafkaTicketPublisher.TICKET_AGGREGATE_TYPE, ticketId.toString(),
                sequence, payload);
    }
}
