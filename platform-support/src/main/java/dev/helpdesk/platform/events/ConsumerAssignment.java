package dev.helpdesk.platform.events;

import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Ready only once a service's Kafka consumer has joined its group. Until the first assignment, an
 * event published now would sit on the topic unread and whatever the service derives from it
 * would lag behind; a just-started platform must not call itself ready in that gap. An
 * assignment with no partition counts too: with more instances than partitions, an idle instance
 * is still a healthy member.
 *
 * <p>Not configured automatically: a service that binds a consumer declares one as a bean named
 * {@code <name>HealthIndicator} (its health component is then {@code <name>}) and adds that name
 * to {@code management.endpoint.health.group.readiness.include}. The Kafka binder calls one
 * {@link KafkaBindingRebalanceListener} for every binding ({@link RebalanceListeners}, which hands each
 * callback to every listener of the service): a service with several consumer bindings names the one
 * each of its assignments watches, and the others' assignments are ignored.
 * Needs {@code spring-cloud-stream-binder-kafka}, which such a service has.
 */
public class ConsumerAssignment extends AbstractHealthIndicator implements KafkaBindingRebalanceListener {

    private final String consumer;
    private final String binding;
    private volatile List<String> partitions;

    /** For a service with one consumer binding. @param consumer what it reads, for messages ("tickets") */
    public ConsumerAssignment(String consumer) {
        this(consumer, null);
    }

    /**
     * @param consumer what the consumer reads, for messages ("tickets")
     * @param binding  the binding watched ({@code ticketEvents-in-0}); null for whichever is assigned
     */
    public ConsumerAssignment(String consumer, String binding) {
        super("The " + consumer + " consumer's state is unknown");
        this.consumer = consumer;
        this.binding = binding;
    }

    @Override
    public void onPartitionsAssigned(
            String bindingName, Consumer<?, ?> kafkaConsumer, Collection<TopicPartition> assigned, boolean initial) {
        if (binding == null || binding.equals(bindingName)) {
            partitions = assigned.stream().map(TopicPartition::toString).sorted().toList();
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> current = partitions;
        if (current == null) {
            builder.outOfService().withDetail("reason", "the " + consumer + " consumer has not joined its group yet");
            return;
        }
        builder.up().withDetail("partitions", current);
    }
}
