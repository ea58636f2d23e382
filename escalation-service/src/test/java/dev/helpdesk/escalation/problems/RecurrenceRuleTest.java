package dev.helpdesk.escalation.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final RecurrenceRule FIVE_IN_A_DAY = new RecurrenceRule(5, Duration.ofHours(24));

    private static Occurrence at(String id, Duration after) {
        return new Occurrence(id, "network", "Network", T0.plus(after), 1, null, null, null);
    }

    @Test
    void theFifthIncidentWithinADayRecursWithTheOtherFour() {
        List<Occurrence> counted = List.of(at("a", Duration.ZERO), at("b", Duration.ofHours(3)),
                at("c", Duration.ofHours(9)), at("d", Duration.ofHours(20)), at("e", Duration.ofHours(24)));

        Optional<List<Occurrence>> recurring = FIVE_IN_A_DAY.recurringWith(counted.get(4), counted);

        assertThat(recurring).hasValueSatisfying(span -> assertThat(span).extracting(Occurrence::ticketId)
                .containsExactly("a", "b", "c", "d", "e"));
    }

    @Test
    void fiveIncidentsSpreadOverMoreThanADayDoNotRecur() {
        List<Occurrence> counted = List.of(at("a", Duration.ZERO), at("b", Duration.ofHours(7)),
                at("c", Duration.ofHours(14)), at("d", Duration.ofHours(21)), at("e", Duration.ofHours(24).plusMillis(1)));

        assertThat(FIVE_IN_A_DAY.recurringWith(counted.get(4), counted)).isEmpty();
        assertThat(FIVE_IN_A_DAY.recurringWith(counted.get(0), counted)).isEmpty();
    }

    @Test
    void anIncidentArrivingLateCompletesASpanAroundItself() {
        Occurrence late = at("late", Duration.ofHours(5));
        List<Occurrence> counted = List.of(at("a", Duration.ofHours(-30)), at("b", Duration.ZERO),
                at("c", Duration.ofHours(2)), late, at("d", Duration.ofHours(10)), at("e", Duration.ofHours(23)));

        assertThat(FIVE_IN_A_DAY.recurringWith(late, counted)).hasValueSatisfying(span ->
                assertThat(span).extracting(Occurrence::ticketId).containsExactly("b", "c", "late", "d", "e"));
    }

    @Test
    void theSettingsMustMakeSense() {
        assertThatThrownBy(() -> new RecurrenceRule(0, Duration.ofHours(1))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new RecurrenceRule(5, Duration.ZERO)).hasMessageContaining("window");
    }

    @Test
    void thePatternIsTheCategoryTrimmedIgnoringCaseAndNoneWithoutOne() {
        assertThat(PatternKey.of("  Network ", null)).map(PatternKey::value).hasValue("network");
        assertThat(PatternKey.of("NETWORK", null)).isEqualTo(PatternKey.of("network", " "));
        assertThat(PatternKey.of("Network", "asset-7")).map(PatternKey::value).hasValue("network|asset-7");
        assertThat(PatternKey.of(" ", null)).isEmpty();
        assertThat(PatternKey.of(null, null)).isEmpty();
    }
}
