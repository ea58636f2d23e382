package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    @Test
    void warningsDefaultToSeventyFiveAndNinetyPercent() {
        assertThat(SlaTargets.of(d("PT15M"), d("PT4H")).warnAt()).containsExactly(fraction("0.75"), fraction("0.9"));
    }

    @Test
    void eachKindHasItsOwnTarget() {
        SlaTargets targets = SlaTargets.of(d("PT15M"), d("PT4H"));
        assertThat(targets.of(TargetKind.FIRST_RESPONSE)).isEqualTo(d("PT15M"));
        assertThat(targets.of(TargetKind.RESOLUTION)).isEqualTo(d("PT4H"));
    }

    @Test
    void warningsAreKeptInOrder() {
        SlaTargets targets = new SlaTargets(d("PT1H"), d("PT2H"), List.of(fraction("0.9"), fraction("0.5")));
        assertThat(targets.warnAt()).containsExactly(fraction("0.5"), fraction("0.9"));
    }

    @Test
    void aWarningListedTwiceOrAtTheBreachIsRejected() {
        assertThatThrownBy(() -> new SlaTargets(d("PT1H"), d("PT2H"), List.of(fraction("0.9"), fraction("0.90"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
        assertThatThrownBy(() -> new SlaTargets(d("PT1H"), d("PT2H"), List.of(Threshold.BREACH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the breach");
    }

    @Test
    void noWarningsAtAllIsAllowed() {
        assertThat(new SlaTargets(d("PT1H"), d("PT2H"), List.of()).warnAt()).isEmpty();
    }

    @Test
    void targetsMustBePositive() {
        assertThatThrownBy(() -> SlaTargets.of(Duration.ZERO, d("PT2H"))).hasMessageContaining("firstResponse");
        assertThatThrownBy(() -> SlaTargets.of(d("PT1H"), d("-PT2H"))).hasMessageContaining("resolution");
    }
}
