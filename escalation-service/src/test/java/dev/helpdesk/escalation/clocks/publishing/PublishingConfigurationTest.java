package dev.helpdesk.escalation.clocks.publishing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How {@code helpdesk.sla.publish-batch} and {@code helpdesk.sla.publish-interval} are checked. */
class PublishingConfigurationTest {

    @Test
    void aMeaninglessSettingStopsTheStart() {
        assertThatThrownBy(() -> new SlaEventPublisher(null, null, 0, Duration.ofSeconds(30)))
                .hasMessageContaining("publish-batch");
        SlaEventPublisher publisher = new SlaEventPublisher(null, null, 1, Duration.ofSeconds(30));
        assertThatThrownBy(() -> new PublishingConfiguration().publisherSchedule(publisher, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publish-interval");
    }
}
