package dev.helpdesk.escalation.integration;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends this service's events to {@link Topics#SLA} as structured CloudEvents, keyed by their
 * subject, without waiting: whoever publishes waits for the acknowledgements of a whole batch at
 * once (decisions D21, D28). What fails at once comes back as a failed future, like a refused send.
 */
public final class SlaTopicProducer {

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;

    public SlaTopicProducer(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** @return completes once every in-sync replica has the event, or exceptionally */
    public CompletableFuture<?> send(OutgoingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SLA, event.subject(), codec.encode(event));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // the template throws what fails at once, such as no broker metadata within max.block.ms
            return CompletableFuture.failedFuture(e);
        }
    }
}
