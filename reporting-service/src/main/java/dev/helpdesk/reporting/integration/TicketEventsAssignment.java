package dev.helpdesk.reporting.integration;

import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Ready only once the tickets consumer has joined its group. Until the first assignment, a
 * ticket opened now would sit on the topic unread and the reports would lag behind it; a
 * just-started platform must not call itself ready in that gap. An assignment with no partition
 * counts too: with more instances than partitions, an idle instance is still a healthy member.
 */
@Component("ticketsConsumerHealthIndicator")
class TicketEventsAssignment extends AbstractHealthIndicator implements KafkaBindingRebalanceListener {

    private volatile List<String> partitions;

    TicketEventsAssignment() {
        super("Tickets consumer state unknown");
    }

    @Override
    public void onPartitionsAssigned(
            String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> assigned, boolean initial) {
        partitions = assigned.stream().map(TopicPartition::toString).sorted().toList();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> current = partitions;
        if (current == null) {
            builder.outOfService().withDetail("reason", "the tickets consumer has not joined its group yet");
            return;
        }
        builder.up().withDetail("partitions", current);
    }
}
