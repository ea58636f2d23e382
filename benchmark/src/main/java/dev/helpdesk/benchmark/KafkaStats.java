package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.KafkaLagProbe.Observation;
import dev.helpdesk.benchmark.KafkaLagProbe.TicketEvents;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * What reached Kafka for the measured tickets, and how late.
 *
 * @param expected events the measured tickets must have produced (tickets x events per ticket)
 * @param received of those, the ones seen (first delivery; redeliveries are {@code duplicates})
 * @param otherEvents events of the measured tickets of a type the scenario does not expect
 * @param lagMs seen by the consumer (when its poll returned) minus the CloudEvent {@code time}
 *     (when the service accepted the event): what any subscriber waits
 * @param produceDelayMs the record's CreateTime (set by the service's producer) minus the
 *     CloudEvent {@code time}: the part of the lag spent inside the service before sending
 * @param drainMs from the last HTTP answer of the load to the last expected event seen; null if
 *     not every event arrived. Can be negative: an event is on Kafka before its 200 is back.
 * @param unreadable records of the topic the probe could not parse as CloudEvents
 * @param problem why the probe stopped early, or null
 */
record KafkaStats(
        String topic,
        long expected,
        long received,
        long otherEvents,
        long duplicates,
        LatencySummary lagMs,
        LatencySummary produceDelayMs,
        Double drainMs,
        long unreadable,
        String problem) {

    boolean complete() {
        return problem == null && received >= expected;
    }

    static KafkaStats of(String topic, long expected, Set<String> tickets, Set<String> expectedTypes,
            Map<String, TicketEvents> bySubject, long lastResponseEpochMicros, long unreadable, String problem) {
        long[] lags = new long[Math.toIntExact(expected)];
        long[] produceDelays = new long[lags.length];
        int received = 0;
        int produced = 0;
        long other = 0;
        long duplicates = 0;
        long lastSeenMicros = Long.MIN_VALUE;
        for (String ticket : tickets) {
            TicketEvents events = bySubject.get(ticket);
            if (events == null) {
                continue;
            }
            duplicates += events.duplicates();
            for (Observation event : events.observations()) {
                // beyond `expected` only if a ticket had an expected type twice: not this scenario's doing
                if (!expectedTypes.contains(event.type()) || received == lags.length) {
                    other++;
                    continue;
                }
                lags[received++] = event.seenMicros() - event.eventMicros();
                if (event.producedMicros() != Long.MIN_VALUE) {
                    produceDelays[produced++] = event.producedMicros() - event.eventMicros();
                }
                lastSeenMicros = Math.max(lastSeenMicros, event.seenMicros());
            }
        }
        Double drainMs = received >= expected && received > 0
                ? (lastSeenMicros - lastResponseEpochMicros) / 1000.0 : null;
        return new KafkaStats(topic, expected, received, other, duplicates,
                LatencySummary.of(Arrays.copyOf(lags, received), 1000),
                LatencySummary.of(Arrays.copyOf(produceDelays, produced), 1000),
                drainMs, unreadable, problem);
    }
}
