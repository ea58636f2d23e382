package dev.helpdesk.escalation.problems.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.escalation.integration.SlaTopicProducer;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import dev.helpdesk.escalation.problems.publishing.DetectionSender;
import dev.helpdesk.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends detections to {@value Topics#SLA}, the service's one topic, as structured CloudEvents keyed
 * by candidate id, with the same template (and so {@code acks=all} and the idempotent producer) as
 * the SLA events. Counts acknowledged events in {@code helpdesk.escalation.problems.published} and
 * failed sends in {@code helpdesk.events.publish.failures{topic}}.
 */
final class KafkaDetectionSender implements DetectionSender {

    private final SlaTopicProducer producer;
    private final Counter published;
    private final Counter failures;

    KafkaDetectionSender(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, MeterRegistry meters) {
        this.producer = new SlaTopicProducer(kafka, codec);
        this.published = Counter.builder("helpdesk.escalation.problems.published")
                .description("candidate-detected events the broker acknowledged (a resend after a crash counts again)")
                .register(meters);
        this.failures = meters.counter("helpdesk.events.publish.failures", "topic", Topics.SLA);
    }

    @Override
    public CompletableFuture<?> send(ProblemCandidate candidate) {
        return producer.send(CandidateEvents.detected(candidate))
                .whenComplete((sent, failure) -> (failure == null ? published : failures).increment());
    }
}
