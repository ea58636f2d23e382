package dev.helpdesk.reporting.integration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Ready only once every consumer binding of this service has joined its group. The platform's
 * {@code ConsumerAssignment} follows one binding, and the Kafka binder calls the one rebalance
 * listener of the application for all of them, so with the tickets and the SLA bindings the
 * reporting service keeps the assignments per binding here.
 */
class ConsumersAssignment extends AbstractHealthIndicator implements KafkaBindingRebalanceListener {

    private final Set<String> bindings;
    private final Map<String, List<String>> partitions = new ConcurrentHashMap<>();

    /** @param bindings the consumer bindings that must have joined, e.g. {@code ticketEvents-in-0} */
    ConsumersAssignment(Set<String> bindings) {
        super("The consumers' state is unknown");
        this.bindings = Set.copyOf(bindings);
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> assigned,
            boolean initial) {
        partitions.put(bindingName, assigned.stream().map(TopicPartition::toString).sorted().toList());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Set<String> waiting = new TreeSet<>(bindings);
        waiting.removeAll(partitions.keySet());
        Set<String> all = new TreeSet<>();
        partitions.values().forEach(all::addAll);
        builder.withDetail("partitions", List.copyOf(all));
        if (waiting.isEmpty()) {
            builder.up();
        } else {
            builder.outOfService().withDetail("reason", "not joined their groups yet: " + waiting);
        }
    }
}
