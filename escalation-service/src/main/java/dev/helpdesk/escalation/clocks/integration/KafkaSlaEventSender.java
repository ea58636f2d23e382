package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.publishing.SlaEventSender;
import dev.helpdesk.escalation.integration.SlaTopicProducer;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends SLA events to {@value Topics#SLA} as structured CloudEvents, keyed by ticket id so that a
 * ticket's events stay in order on one partition, with Spring Kafka's template (as the ticket
 * service's publisher, decisions D4): {@code acks=all} and the idempotent producer (application.yml).
 *
 * <p>Counts what the broker acknowledged in {@code helpdesk.escalation.sla.published{type}}, and,
 * under the names the ticket service uses for its topic, failed sends in
 * {@code helpdesk.events.publish.failures{topic}} and the time from the threshold's instant to the
 * acknowledgement in {@code helpdesk.events.publish.lag{topic}}.
 */
public final class KafkaSlaEventSender implements SlaEventSender {

    static final String PUBLISHED = "helpdesk.escalation.sla.published";

    private final SlaTopicProducer producer;
    private final Clock clock;
    private final Map<String, Counter> published;
    private final Counter failures;
    private final Timer lag;

    public KafkaSlaEventSender(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, Clock clock,
            MeterRegistry meters) {
        this.producer = new SlaTopicProducer(kafka, codec);
        this.clock = clock;
        this.published = Map.of(
                SlaEventTypes.WARNING, publishedCounter(meters, SlaEventTypes.WARNING),
                SlaEventTypes.BREACHED, publishedCounter(meters, SlaEventTypes.BREACHED),
                SlaEventTypes.ESCALATION_REQUESTED, publishedCounter(meters, SlaEventTypes.ESCALATION_REQUESTED),
                SlaEventTypes.AUTO_CLOSE_REQUESTED, publishedCounter(meters, SlaEventTypes.AUTO_CLOSE_REQUESTED),
                SlaEventTypes.PENDING_REMINDER, publishedCounter(meters, SlaEventTypes.PENDING_REMINDER),
                SlaEventTypes.TARGET_STOPPED, publishedCounter(meters, SlaEventTypes.TARGET_STOPPED));
        this.failures = meters.counter("helpdesk.events.publish.failures", "topic", Topics.SLA);
        this.lag = meters.timer("helpdesk.events.publish.lag", "topic", Topics.SLA);
    }

    @Override
    public CompletableFuture<?> send(String ticketId, QueuedSlaEvent queued) {
        OutgoingEvent event = SlaEvents.of(ticketId, queued);
        return producer.send(event).whenComplete((sent, failure) -> {
            if (failure == null) {
                published.get(event.type()).increment();
                lag.record(Duration.between(event.time(), clock.instant()));
            } else {
                failures.increment();
            }
        });
    }

    private static Counter publishedCounter(MeterRegistry meters, String type) {
        return Counter.builder(PUBLISHED).tag("type", type)
                .description("SLA events the broker acknowledged (a resend after a crash counts again)")
                .register(meters);
    }
}
