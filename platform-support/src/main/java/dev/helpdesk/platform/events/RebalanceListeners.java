package dev.helpdesk.platform.events;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Hands the Kafka binder's rebalance callbacks to every rebalance listener of the service. The binder
 * takes the application's listener only when there is exactly one (or one primary), so a service with
 * two {@link ConsumerAssignment} readiness components (one per consumer binding) would otherwise have
 * neither called and never become ready. The platform's auto-configuration declares this as the
 * primary listener; each listener still decides which binding it follows.
 */
public final class RebalanceListeners implements KafkaBindingRebalanceListener {

    private final Supplier<List<KafkaBindingRebalanceListener>> listeners;

    /** @param listeners the service's listeners, looked up at each callback (this one is skipped) */
    public RebalanceListeners(Supplier<List<KafkaBindingRebalanceListener>> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(String binding, Consumer<?, ?> consumer,
            Collection<TopicPartition> partitions) {
        others().forEach(listener -> listener.onPartitionsRevokedBeforeCommit(binding, consumer, partitions));
    }

    @Override
    public void onPartitionsRevokedAfterCommit(String binding, Consumer<?, ?> consumer,
            Collection<TopicPartition> partitions) {
        others().forEach(listener -> listener.onPartitionsRevokedAfterCommit(binding, consumer, partitions));
    }

    @Override
    public void onPartitionsAssigned(String binding, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
            boolean initial) {
        others().forEach(listener -> listener.onPartitionsAssigned(binding, consumer, partitions, initial));
    }

    private List<KafkaBindingRebalanceListener> others() {
        return listeners.get().stream().filter(listener -> listener != this).toList();
    }
}
