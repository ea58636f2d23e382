package dev.helpdesk.escalation.policies.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Violation;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Reading a policy request: every bad field is named, in one answer. */
class PolicyRequestTest {

    private static final Predicate<String> KNOWN_CALENDARS = Set.of("24x7", "business-hours")::contains;
    private static final ConditionsRequest P1 = new ConditionsRequest(List.of("P1"), null, null, null, null);

    @Test
    void aCompleteRequestBecomesThePolicyWithDefaultWarnings() {
        SlaPolicy policy = new PolicyRequest(null, " Network P1 ", new ConditionsRequest(List.of("P2", "P1", "P2"),
                List.of("INCIDENT"), List.of("Network", "network "), List.of("gold"), true), "PT5S", "PT1M", "24x7",
                null).toPolicy("network-p1", KNOWN_CALENDARS);

        assertThat(policy.id()).isEqualTo("network-p1");
        assertThat(policy.name()).isEqualTo("Network P1");
        assertThat(policy.conditions().priorities()).containsExactly(Priority.P1, Priority.P2);
        assertThat(policy.conditions().types()).containsExactly(TicketType.INCIDENT);
        assertThat(policy.conditions().categories()).containsExactly("Network");
        assertThat(policy.conditions().vip()).isTrue();
        assertThat(policy.firstResponse()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.resolution()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.warnAt()).containsExactly(0.75, 0.9);
    }

    @Test
    void durationsThatAreNotIsoOrNotPositiveAreNamed() {
        assertThat(fields(request(P1, "15 minutes", "P1M", "24x7", null))).containsExactly("firstResponse", "resolution");
        assertThat(fields(request(P1, "PT0S", "-PT4H", "24x7", null))).containsExactly("firstResponse", "resolution");
        assertThat(fields(request(P1, null, null, "24x7", null))).containsExactly("firstResponse", "resolution");
    }

    @Test
    void aFirstResponseLongerThanTheResolutionIsRejected() {
        assertThat(violations(request(P1, "PT5H", "PT4H", "24x7", null)))
                .containsExactly(new Violation("firstResponse", "must not be longer than the resolution target (PT4H)"));
    }

    @Test
    void anUnknownOrMissingCalendarIsNamed() {
        assertThat(violations(request(P1, "PT1H", "PT4H", "no-such-calendar", null)))
                .containsExactly(new Violation("calendarId", "names no calendar; see GET /api/v1/sla/calendars"));
        assertThat(fields(request(P1, "PT1H", "PT4H", null, null))).containsExactly("calendarId");
        assertThat(fields(request(P1, "PT1H", "PT4H", "Not An Id", null))).containsExactly("calendarId");
    }

    @Test
    void warningsOutsideZeroToOneOrNotIncreasingAreNamedOneByOne() {
        assertThat(fields(request(P1, "PT1H", "PT4H", "24x7", List.of(0.9, 0.75, 1.0))))
                .containsExactly("warnAt[1]", "warnAt[2]");
        assertThat(fields(request(P1, "PT1H", "PT4H", "24x7", List.of()))).isEmpty();
    }

    @Test
    void aPolicyWithNoConditionsIsRejected() {
        assertThat(fields(request(null, "PT1H", "PT4H", "24x7", null))).containsExactly("conditions");
        assertThat(fields(request(new ConditionsRequest(null, null, null, null, null), "PT1H", "PT4H", "24x7", null)))
                .containsExactly("conditions");
    }

    @Test
    void unknownPrioritiesAndTypesAndEmptyConditionListsAreNamedWithoutAlsoBlamingConditions() {
        assertThat(fields(request(new ConditionsRequest(List.of("P1", "P9", "p2"), List.of("OUTAGE"), null, null, null),
                "PT1H", "PT4H", "24x7", null)))
                .containsExactly("conditions.priorities[1]", "conditions.priorities[2]", "conditions.types[0]");
        assertThat(fields(request(new ConditionsRequest(List.of(), null, List.of(), null, null), "PT1H", "PT4H", "24x7",
                null))).containsExactly("conditions.priorities", "conditions.categories");
        assertThat(fields(request(new ConditionsRequest(null, null, Arrays.asList("Network", " ", null), null, null),
                "PT1H", "PT4H", "24x7", null))).containsExactly("conditions.categories[1]", "conditions.categories[2]");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        PolicyRequest request = new PolicyRequest("x", null, new ConditionsRequest(List.of("P0"), null, null, null,
                null), "soon", "PT4H", "nowhere", List.of(2.0));

        assertThat(fields(request, "X!")).containsExactly("conditions.priorities[0]", "firstResponse", "id", "name",
                "warnAt[0]", "calendarId");
    }

    private static PolicyRequest request(ConditionsRequest conditions, String firstResponse, String resolution,
            String calendarId, List<Double> warnAt) {
        return new PolicyRequest(null, "A policy", conditions, firstResponse, resolution, calendarId, warnAt);
    }

    private static List<String> fields(PolicyRequest request) {
        return fields(request, "a-policy");
    }

    private static List<String> fields(PolicyRequest request, String id) {
        return violations(request, id).stream().map(Violation::field).toList();
    }

    private static List<Violation> violations(PolicyRequest request) {
        return violations(request, "a-policy");
    }

    private static List<Violation> violations(PolicyRequest request, String id) {
        try {
            request.toPolicy(id, KNOWN_CALENDARS);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.violations();
        }
    }

    @Test
    void nothingIsReadWhenTheRequestIsInvalid() {
        assertThatThrownBy(() -> request(P1, "PT1H", "PT4H", "nowhere", null).toPolicy("a-policy", KNOWN_CALENDARS))
                .isInstanceOf(InvalidInput.class);
    }
}
