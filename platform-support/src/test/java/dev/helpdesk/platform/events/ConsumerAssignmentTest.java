package dev.helpdesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ConsumerAssignmentTest {

    private final ConsumerAssignment assignment = new ConsumerAssignment("tickets");

    @Test
    void aConsumerThatHasNotJoinedItsGroupIsOutOfService() {
        Health health = assignment.health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("reason", "the tickets consumer has not joined its group yet");
    }

    @Test
    void theFirstAssignmentMakesItUpAndNamesThePartitions() {
        assignment.onPartitionsAssigned("ticketEvents-in-0", null,
                List.of(new TopicPartition("helpdesk.tickets.v1", 1), new TopicPartition("helpdesk.tickets.v1", 0)),
                true);

        Health health = assignment.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("partitions", List.of("helpdesk.tickets.v1-0", "helpdesk.tickets.v1-1"));
    }

    @Test
    void aMemberLeftWithoutPartitionsIsStillAHealthyMember() {
        assignment.onPartitionsAssigned("ticketEvents-in-0", null, List.of(), true);

        assertThat(assignment.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aServiceWithSeveralBindingsWatchesOnlyTheOneItNames() {
        ConsumerAssignment tickets = new ConsumerAssignment("tickets", "ticketEvents-in-0");

        tickets.onPartitionsAssigned("customerEvents-in-0", null,
                List.of(new TopicPartition("helpdesk.customers.v1", 0)), true);
        assertThat(tickets.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        tickets.onPartitionsAssigned("ticketEvents-in-0", null, List.of(new TopicPartition("helpdesk.tickets.v1", 0)),
                true);
        tickets.onPartitionsAssigned("customerEvents-in-0", null, List.of(), false);
        assertThat(tickets.health().getDetails()).containsEntry("partitions", List.of("helpdesk.tickets.v1-0"));
    }
}
