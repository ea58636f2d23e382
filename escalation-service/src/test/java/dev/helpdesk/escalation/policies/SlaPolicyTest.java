package dev.helpdesk.escalation.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Violation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    private static final PolicyConditions P1 = PolicyConditions.forPriorities(Priority.P1);

    @Test
    void aValidPolicyKeepsItsValues() {
        SlaPolicy policy = new SlaPolicy("fast", "Fast", P1, Duration.ofSeconds(5), Duration.ofSeconds(5), "24x7",
                List.of(0.5));

        assertThat(policy.firstResponse()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.warnAt()).containsExactly(0.5);
    }

    @Test
    void aPolicyWithoutConditionsIsRejected() {
        assertThat(fields(null, Duration.ofHours(1), Duration.ofHours(2), List.of())).containsExactly("conditions");
        assertThat(fields(new PolicyConditions(null, null, null, null, null), Duration.ofHours(1), Duration.ofHours(2),
                List.of())).containsExactly("conditions");
    }

    @Test
    void targetsMustBePositiveWholeSecondsAndAtMostAYear() {
        assertThat(fields(P1, Duration.ZERO, Duration.ofMinutes(-5), List.of()))
                .containsExactly("firstResponse", "resolution");
        assertThat(fields(P1, Duration.ofMillis(1500), Duration.ofDays(367), List.of()))
                .containsExactly("firstResponse", "resolution");
        assertThat(fields(P1, null, null, List.of())).containsExactly("firstResponse", "resolution");
    }

    @Test
    void theFirstResponseIsDueNoLaterThanTheResolution() {
        assertThat(fields(P1, Duration.ofHours(5), Duration.ofHours(4), List.of())).containsExactly("firstResponse");
        assertThat(fields(P1, Duration.ofHours(4), Duration.ofHours(4), List.of())).isEmpty();
    }

    @Test
    void warningsAreIncreasingFractionsStrictlyBetweenZeroAndOne() {
        assertThat(fields(P1, Duration.ofHours(1), Duration.ofHours(2), List.of(0.0, 0.5, 1.0)))
                .containsExactly("warnAt[0]", "warnAt[2]");
        assertThat(fields(P1, Duration.ofHours(1), Duration.ofHours(2), List.of(0.9, 0.75)))
                .containsExactly("warnAt[1]");
        assertThat(fields(P1, Duration.ofHours(1), Duration.ofHours(2), List.of(0.5, 0.5)))
                .containsExactly("warnAt[1]");
        assertThat(fields(P1, Duration.ofHours(1), Duration.ofHours(2), Arrays.asList(0.5, null)))
                .containsExactly("warnAt[1]");
        assertThat(fields(P1, Duration.ofHours(1), Duration.ofHours(2), List.of(-0.1, 1.5)))
                .containsExactly("warnAt[0]", "warnAt[1]");
    }

    @Test
    void theConstructorRejectsWhatTheRulesReject() {
        assertThatThrownBy(() -> new SlaPolicy("Bad Id", "", P1, Duration.ofHours(2), Duration.ofHours(1), "24x7",
                SlaPolicy.DEFAULT_WARN_AT))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("id", "name", "firstResponse"));
    }

    private static List<String> fields(PolicyConditions conditions, Duration firstResponse, Duration resolution,
            List<Double> warnAt) {
        return SlaPolicy.violations("policy", "Policy", conditions, firstResponse, resolution, "24x7", warnAt)
                .stream().map(Violation::field).toList();
    }
}
