package dev.helpdesk.reporting.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * How far in event time a rebuild has read each partition, to keep the topics abreast (D107). A
 * consumer fetches about as many bytes from every partition, so a topic with fewer records a
 * ticket (the SLA topic) would run months ahead of the tickets topic, and each ticket's SLA events
 * would reach the rebuild long after its ticket events were written: two writes a ticket. Pausing
 * the partitions that are ahead lets the slowest catch up.
 */
final class PartitionTimes {

    private final Duration slack;
    private final Map<TopicPartition, Instant> readUntil = new HashMap<>();

    /** {@code slack}: how far a partition may run ahead of the slowest before it is paused. */
    PartitionTimes(Duration slack) {
        this.slack = slack;
    }

    void read(TopicPartition partition, Instant eventTime) {
        readUntil.merge(partition, eventTime, (known, read) -> read.isAfter(known) ? read : known);
    }

    /**
     * Of the partitions still being read, those more than the slack ahead of the slowest one. A
     * partition nothing was read from yet is the slowest of all: every other one waits for it.
     */
    Set<TopicPartition> ahead(Collection<TopicPartition> reading) {
        Instant slowest = reading.stream()
                .map(partition -> readUntil.getOrDefault(partition, Instant.MIN))
                .min(Instant::compareTo)
                .orElse(Instant.MIN);
        if (slowest.equals(Instant.MIN)) {
            return reading.stream().filter(readUntil::containsKey).collect(Collectors.toSet());
        }
        Instant limit = slowest.plus(slack);
        return reading.stream()
                .filter(partition -> readUntil.getOrDefault(partition, Instant.MIN).isAfter(limit))
                .collect(Collectors.toSet());
    }
}
