package dev.helpdesk.escalation.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md section 4's targets, with "days" as working days of ten hours on business hours. */
class DefaultPoliciesTest {

    private static final List<SlaPolicy> DEFAULTS = DefaultPolicies.all();

    @ParameterizedTest(name = "{0} (VIP {1}) -> {2}")
    @CsvSource({
            "P1, false, default-p1,     PT15M, PT4H,   24x7",
            "P2, false, default-p2,     PT30M, PT8H,   24x7",
            "P3, false, default-p3,     PT4H,  PT30H,  business-hours",
            "P4, false, default-p4,     PT8H,  PT50H,  business-hours",
            "P5, false, default-p5,     PT20H, PT100H, business-hours",
            "P1, true,  default-p1,     PT15M, PT4H,   24x7",
            "P2, true,  default-p2-vip, PT15M, PT4H,   24x7",
            "P3, true,  default-p3-vip, PT30M, PT8H,   24x7",
            "P4, true,  default-p4-vip, PT4H,  PT30H,  business-hours",
            "P5, true,  default-p5-vip, PT8H,  PT50H,  business-hours"})
    void everyTicketGetsItsPrioritysTargetsAndVipsTheNextStricterOnes(Priority priority, boolean vip,
            String policyId, String firstResponse, String resolution, String calendarId) {
        for (TicketType type : TicketType.values()) {
            SlaPolicy policy = PolicyMatching.mostSpecific(DEFAULTS,
                    new TicketFacts(priority, type, "Hardware", "gold", vip)).orElseThrow();

            assertThat(policy.id()).isEqualTo(policyId);
            assertThat(policy.firstResponse()).isEqualTo(Duration.parse(firstResponse));
            assertThat(policy.resolution()).isEqualTo(Duration.parse(resolution));
            assertThat(policy.calendarId()).isEqualTo(calendarId);
            assertThat(policy.warnAt()).containsExactly(0.75, 0.9);
        }
    }

    @Test
    void thereAreFivePlainAndFourVipPoliciesWithDistinctIds() {
        assertThat(DEFAULTS).extracting(SlaPolicy::id).containsExactly("default-p1", "default-p2", "default-p3",
                "default-p4", "default-p5", "default-p2-vip", "default-p3-vip", "default-p4-vip", "default-p5-vip");
    }
}
