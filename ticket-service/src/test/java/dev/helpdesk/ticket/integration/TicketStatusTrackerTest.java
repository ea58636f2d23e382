package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.ticket.api.TicketStates;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.Visibility;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketStatusTrackerTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stopTheStore() {
        store.shutDown();
    }

    @Test
    void publishingInStoreOrderGivesEveryEventTheStatusOfTheFoldWithoutReadingTheStore() {
        List<DomainEventMessage<?>> messages = store(TicketEventExamples.TICKET, TicketEventExamples.lifecycle());
        TicketStatusTracker tracker = tracker(10);

        List<TicketStatus> published = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            TicketStatus status = tracker.statusAfter(message);
            tracker.published(message, status);
            published.add(status);
        }

        assertThat(published).containsExactlyElementsOf(fold(TicketEventExamples.lifecycle()));
        assertThat(published).containsExactly(TicketStatus.NEW, TicketStatus.NEW, TicketStatus.NEW,
                TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.IN_PROGRESS, TicketStatus.PENDING,
                TicketStatus.IN_PROGRESS, TicketStatus.NEW, TicketStatus.NEW, TicketStatus.RESOLVED,
                TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.CLOSED);
        assertThat(rebuilds()).isZero();
    }

    @Test
    void afterARestartTheStatusBeforeACommentIsRebuiltFromTheTicketsStream() {
        List<DomainEventMessage<?>> messages = store(TicketEventExamples.TICKET, TicketEventExamples.lifecycle());
        DomainEventMessage<?> comment = messages.get(5);

        TicketStatus status = tracker(10).statusAfter(comment);

        assertThat(status).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(rebuilds()).isEqualTo(1);
    }

    @Test
    void aReplayedOldEventDoesNotTakeTheNewerStatusTheTrackerRemembers() {
        List<DomainEventMessage<?>> messages = store(TicketEventExamples.TICKET, TicketEventExamples.lifecycle());
        TicketStatusTracker tracker = tracker(10);
        DomainEventMessage<?> last = messages.get(messages.size() - 1);
        tracker.published(last, TicketStatus.CLOSED);

        assertThat(tracker.statusAfter(messages.get(1))).as("the update after opening").isEqualTo(TicketStatus.NEW);
        assertThat(tracker.statusAfter(messages.get(9))).as("the link after escalating").isEqualTo(TicketStatus.NEW);
    }

    @Test
    void aTicketForgottenForLackOfRoomIsRebuiltCorrectly() {
        UUID other = UUID.randomUUID();
        List<DomainEventMessage<?>> first = store(TicketEventExamples.TICKET, TicketEventExamples.lifecycle());
        List<DomainEventMessage<?>> second = store(other, List.of(TicketEventExamples.opened(other),
                TicketEventExamples.comment(other, Visibility.INTERNAL)));
        TicketStatusTracker tracker = tracker(1);

        for (DomainEventMessage<?> message : first.subList(0, 5)) {
            tracker.published(message, tracker.statusAfter(message));
        }
        tracker.published(second.get(0), tracker.statusAfter(second.get(0)));

        assertThat(tracker.statusAfter(first.get(5))).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(tracker.statusAfter(second.get(1))).isEqualTo(TicketStatus.NEW);
        assertThat(rebuilds()).isEqualTo(1);
    }

    private TicketStatusTracker tracker(int rememberedTickets) {
        return new TicketStatusTracker(store, meters, rememberedTickets);
    }

    private double rebuilds() {
        return meters.get("helpdesk.events.publish.status.rebuilds").counter().count();
    }

    private List<DomainEventMessage<?>> store(UUID ticketId, List<Object> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>(KafkaTicketPublisher.TICKET_AGGREGATE_TYPE,
                    ticketId.toString(), sequence, events.get(sequence)));
        }
        store.publish(messages);
        return messages;
    }

    private static List<TicketStatus> fold(List<Object> events) {
        List<TicketStatus> statuses = new ArrayList<>();
        TicketStatus status = null;
        for (Object event : events) {
            status = TicketStates.after(event, status);
            statuses.add(status);
        }
        return statuses;
    }
}
