package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    @Test
    void ninetyPercentOfFourHoursIsExactlyThreeHoursThirtySixMinutes() {
        assertThat(Threshold.of(0.9).of(d("PT4H"))).isEqualTo(d("PT3H36M"));
        assertThat(Threshold.of(0.75).of(d("PT4H"))).isEqualTo(d("PT3H"));
    }

    @Test
    void sharesOfSecondsAreExactToTheMillisecond() {
        assertThat(Threshold.of("0.75").of(d("PT5S"))).isEqualTo(Duration.ofMillis(3750));
        assertThat(Threshold.of("0.9").of(d("PT5S"))).isEqualTo(Duration.ofMillis(4500));
    }

    @Test
    void aShareBetweenTwoNanosecondsIsRoundedUpSoAThresholdIsNeverReachedEarly() {
        assertThat(Threshold.of("0.5").of(Duration.ofNanos(3))).isEqualTo(Duration.ofNanos(2));
        assertThat(Threshold.of("0.333").of(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(333));
    }

    @Test
    void theBreachIsTheWholeTarget() {
        assertThat(Threshold.BREACH.of(d("P3D"))).isEqualTo(d("P3D"));
        assertThat(Threshold.BREACH.isBreach()).isTrue();
        assertThat(Threshold.of("1.00")).isEqualTo(Threshold.BREACH);
        assertThat(Threshold.of("0.99").isBreach()).isFalse();
    }

    @Test
    void theSameFractionWrittenDifferentlyIsTheSameThreshold() {
        assertThat(Threshold.of(0.9)).isEqualTo(Threshold.of("0.90")).isEqualTo(new Threshold(new BigDecimal("0.900")));
        assertThat(Threshold.of(0.9).toString()).isEqualTo("0.9");
    }

    @Test
    void thresholdsOrderByFraction() {
        assertThat(List.of(Threshold.BREACH, Threshold.of("0.9"), Threshold.of("0.75")).stream().sorted())
                .containsExactly(Threshold.of("0.75"), Threshold.of("0.9"), Threshold.BREACH);
    }

    @Test
    void aThresholdIsAShareOfItsTargetAboveZeroAndAtMostAll() {
        for (String fraction : List.of("0", "-0.5", "1.01", "2")) {
            assertThatThrownBy(() -> Threshold.of(fraction)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(fraction);
        }
    }
}
