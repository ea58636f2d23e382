package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionTimesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final TopicPartition TICKETS = new TopicPartition("helpdesk.tickets.v1", 0);
    private static final TopicPartition SLA = new TopicPartition("helpdesk.sla.v1", 0);
    private static final TopicPartition KNOWLEDGE = new TopicPartition("helpdesk.knowledge.v1", 0);

    private final PartitionTimes times = new PartitionTimes(Duration.ofHours(1));

    @Test
    void pausesWhatRunsMoreThanTheSlackAheadOfTheSlowest() {
        times.read(TICKETS, T0);
        times.read(SLA, T0.plus(Duration.ofDays(30)));
        times.read(KNOWLEDGE, T0.plus(Duration.ofMinutes(59)));

        assertThat(times.ahead(List.of(TICKETS, SLA, KNOWLEDGE))).containsExactly(SLA);
    }

    @Test
    void nothingIsAheadWhenAllAreAbreast() {
        times.read(TICKETS, T0.plus(Duration.ofMinutes(30)));
        times.read(SLA, T0);

        assertThat(times.ahead(List.of(TICKETS, SLA))).isEmpty();
    }

    @Test
    void everyPartitionWaitsForOneNotReadYet() {
        times.read(TICKETS, T0);

        assertThat(times.ahead(List.of(TICKETS, SLA))).containsExactly(TICKETS);
    }

    @Test
    void aPartitionReadToItsEndNoLongerHoldsTheOthersBack() {
        times.read(TICKETS, T0.plus(Duration.ofDays(300)));
        times.read(SLA, T0);

        // the SLA partition is done: only the tickets partition is still being read
        assertThat(times.ahead(List.of(TICKETS))).isEmpty();
    }

    @Test
    void anOlderEventDoesNotMoveAPartitionBack() {
        times.read(TICKETS, T0.plus(Duration.ofDays(2)));
        times.read(TICKETS, T0);
        times.read(SLA, T0);

        assertThat(times.ahead(List.of(TICKETS, SLA))).containsExactly(TICKETS);
    }
}
