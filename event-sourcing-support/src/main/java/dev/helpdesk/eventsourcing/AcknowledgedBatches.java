package dev.helpdesk.eventsourcing;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes stored events to one Kafka topic from a tracking processor, a batch at a time
 * ({@code axon.eventhandling.processors.<name>.batch-size}): each event is sent as it is handled,
 * without waiting, so the producer pipelines and batches them; the handler of the batch's last
 * event then waits until Kafka acknowledged every record of the batch (acks=all). Any failure
 * propagates, the processor's token stays where it was, and the whole batch is sent again.
 * Delivery is therefore at least once and never lossy; the CloudEvent id is the stored event's id,
 * so a consumer recognises a repeat. With the idempotent producer each aggregate's records stay in
 * order on their partition across retries (the record key is the CloudEvent's subject).
 */
public final class AcknowledgedBatches {

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final MeterRegistry meters;
    private final String topic;
    private final Duration ackTimeout;
    private final String unacknowledgedKey;

    public AcknowledgedBatches(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, MeterRegistry meters,
            String topic, Duration ackTimeout) {
        this.kafka = kafka;
        this.codec = codec;
        this.meters = meters;
        this.topic = topic;
        this.ackTimeout = ackTimeout;
        this.unacknowledgedKey = AcknowledgedBatches.class.getName() + "/" + topic + "/unacknowledged";
    }

    /**
     * Sends the event keyed by its subject; its acknowledgement is awaited with the batch's, or at
     * once when called outside a processor (each event is its own batch then).
     */
    public void send(OutgoingEvent event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), codec.encode(event));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Instant storedAt = event.time();
        CompletableFuture<?> sent = kafka.send(record).whenComplete((result, failure) -> {
            if (failure == null) {
                meters.timer("helpdesk.events.publish.lag", "topic", topic)
                        .record(Duration.between(storedAt, Instant.now()));
            }
        });
        if (!CurrentUnitOfWork.isStarted()) {
            awaitAll(new ArrayList<>(List.of(sent)));
            return;
        }
        unacknowledged().add(sent);
    }

    /**
     * Call at the end of every handled event, sent or not: in the handler of the batch's last event
     * it waits for every record sent in the batch, before the processor stores its token (a token
     * stored before the acknowledgements could skip events that never reached Kafka).
     */
    public void awaitIfLastOfBatch() throws Exception {
        if (CurrentUnitOfWork.isStarted() && lastOfItsBatch()) {
            awaitAll(unacknowledged());
        }
    }

    private void awaitAll(List<CompletableFuture<?>> sent) throws Exception {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        try {
            for (CompletableFuture<?> record : sent) {
                record.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", topic).increment();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", topic).increment();
            throw e;
        } finally {
            sent.clear();
        }
    }

    /** The records sent in the current batch and not yet known to be acknowledged. */
    private List<CompletableFuture<?>> unacknowledged() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(unacknowledgedKey, key -> new ArrayList<>());
    }

    private static boolean lastOfItsBatch() {
        return !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
    }
}
