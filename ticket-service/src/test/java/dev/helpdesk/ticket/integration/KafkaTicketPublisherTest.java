package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.helpdesk.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;

/** What the publisher does with events it must not publish as they are; the happy path runs against Kafka. */
class KafkaTicketPublisherTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KafkaTicketPublisher publisher = new KafkaTicketPublisher(kafka, new CloudEventCodec(),
            new TicketStatusTracker(store, meters, 10), meters, Duration.ofSeconds(1));

    @AfterEach
    void stopTheStore() {
        store.shutDown();
    }

    @Test
    void aTicketEventWithoutTranslationFailsSoTheProcessorRetriesInsteadOfSkippingIt() {
        record TicketTeleported(UUID ticketId, String planet) {
        }
        UUID ticketId = UUID.randomUUID();
        DomainEventMessage<?> opened = ticketEvent(ticketId, 0, TicketEventExamples.opened(ticketId));
        DomainEventMessage<?> teleported = ticketEvent(ticketId, 1, new TicketTeleported(ticketId, "Mars"));
        store.publish(List.of(opened, teleported));

        assertThatThrownBy(() -> publisher.on(teleported.getPayload(), teleported))
                .isInstanceOf(UntranslatedTicketEvent.class);
        verifyNoInteractions(kafka);
    }

    @Test
    void anotherAggregatesEventIsNotATicketEventAndIsNotPublished() throws Exception {
        record GroupRenamed(String groupId, String name) {
        }
        DomainEventMessage<?> renamed = new GenericDomainEventMessage<>("SupportGroup", "network-l2", 0,
                new GroupRenamed("network-l2", "Network"));

        publisher.on(renamed.getPayload(), renamed);

        verifyNoInteractions(kafka);
    }

    private static DomainEventMessage<?> ticketEvent(UUID ticketId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(KafkaTicketPublisher.TICKET_AGGREGATE_TYPE, ticketId.toString(),
                sequence, payload);
    }
}
