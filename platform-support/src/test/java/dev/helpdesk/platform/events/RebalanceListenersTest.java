package dev.helpdesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

class RebalanceListenersTest {

    @Test
    void everyConsumerAssignmentHearsOfItsOwnBindingThroughTheOneListener() {
        ConsumerAssignment sla = new ConsumerAssignment("sla", "slaEvents-in-0");
        ConsumerAssignment channels = new ConsumerAssignment("channels", "channelEvents-in-0");
        List<KafkaBindingRebalanceListener> all = new ArrayList<>(List.of(sla, channels));
        RebalanceListeners listeners = new RebalanceListeners(() -> all);
        all.add(listeners); // the bean itself is among the listeners it finds, and must not call itself

        listeners.onPartitionsAssigned("slaEvents-in-0", null, List.of(new TopicPartition("helpdesk.sla.v1", 0)), true);
        assertThat(sla.health().getStatus()).isEqualTo(Status.UP);
        assertThat(channels.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        listeners.onPartitionsAssigned("channelEvents-in-0", null, List.of(), true);
        assertThat(channels.health().getStatus()).isEqualTo(Status.UP);
    }
}
