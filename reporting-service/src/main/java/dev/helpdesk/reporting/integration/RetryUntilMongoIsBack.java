package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.MalformedEventException;
import java.time.Duration;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Moves retries and dead-lettering from the binding into each listener container, so that they
 * can tell failures apart (issue 7: a MongoDB outage must not send good events to the DLQ):
 *
 * <ul>
 *   <li>a record that cannot be read ({@link MalformedEventException}) goes to the dead-letter
 *       topic at once;</li>
 *   <li>a transient failure ({@link TransientFailures}) is retried for as long as it lasts, with
 *       a back-off up to {@value #MAX_INTERVAL_SECONDS} s: the partition waits, the record is
 *       fetched again each time (no poll-interval overrun), and it is applied once MongoDB is
 *       back;</li>
 *   <li>anything else is retried as the binding's {@code max-attempts} and back-off say, then
 *       dead-lettered.</li>
 * </ul>
 */
class RetryUntilMongoIsBack implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    static final long MAX_INTERVAL_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(RetryUntilMongoIsBack.class);

    private final DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducer;
    private final KafkaTemplate<byte[], byte[]> deadLetterTemplate;
    private final EventMetrics metrics;

    RetryUntilMongoIsBack(DefaultKafkaProducerFactory<byte[], byte[]> deadLetterProducer, EventMetrics metrics) {
        this.deadLetterProducer = deadLetterProducer;
        this.deadLetterTemplate = new KafkaTemplate<>(deadLetterProducer);
        this.metrics = metrics;
    }

    /** Closes the dead-letter producer with the application. */
    @Override
    public void destroy() {
        deadLetterProducer.destroy();
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        if (dlqDestinationResolver == null) {
            throw new IllegalStateException("The binding of " + destinationName + " has no dead-letter topic (enable-dlq)");
        }
        DefaultErrorHandler errors = new DefaultErrorHandler(
                new DeadLetters(deadLetterTemplate, dlqDestinationResolver, destinationName, metrics),
                backOff == null ? new FixedBackOff(0, 0) : backOff);
        errors.addNotRetryableExceptions(MalformedEventException.class);
        errors.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure) ? untilItPasses() : null);
        errors.setRetryListeners((record, failure, attempt) -> failedAttempt(destinationName, record, failure, attempt));
        container.setCommonErrorHandler(errors);
    }

    /**
     * Counted and logged, so that a projection waiting on MongoDB shows (the error handler itself
     * says nothing until it gives up, which for a transient failure it never does).
     */
    private void failedAttempt(String topic, ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        boolean passing = TransientFailures.isTransient(failure);
        metrics.failedAttempt(topic, passing);
        log.warn("Record {}-{}@{} failed (attempt {}, {}): {}", record.topic(), record.partition(), record.offset(),
                attempt, passing ? "transient, retried until it passes" : "retried, then dead-lettered",
                DeadLetters.reasonOf(failure));
    }

    /** No limit on attempts or on the time spent: the record is good, the database will be back. */
    static BackOff untilItPasses() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(MAX_INTERVAL_SECONDS).toMillis());
        return backOff;
    }
}
