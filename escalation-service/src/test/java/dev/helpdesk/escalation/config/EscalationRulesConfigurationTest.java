package dev.helpdesk.escalation.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clocks.EscalationLevel;
import dev.helpdesk.escalation.clocks.EscalationRules;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How {@code helpdesk.sla.escalation.<priority>} is read: as YAML lists, as environment variables. */
class EscalationRulesConfigurationTest {

    private static final List<EscalationLevel> BOTH = List.of(EscalationLevel.FUNCTIONAL,
            EscalationLevel.HIERARCHICAL);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EscalationRulesConfiguration.class);

    @Test
    void everyPriorityEscalatesBothWaysUnlessToldOtherwise() {
        context.run(started -> {
            EscalationRules rules = started.getBean(EscalationRules.class);
            for (Priority priority : Priority.values()) {
                assertThat(rules.levelsFor(priority)).as(priority.name()).isEqualTo(BOTH);
            }
        });
    }

    @Test
    void aPriorityCanAskForOneLevelOrForNothingAndTheOthersKeepTheDefault() {
        context.withPropertyValues("helpdesk.sla.escalation.P3=hierarchical", "helpdesk.sla.escalation.p5=")
                .run(started -> {
                    EscalationRules rules = started.getBean(EscalationRules.class);
                    assertThat(rules.levelsFor(Priority.P3)).containsExactly(EscalationLevel.HIERARCHICAL);
                    assertThat(rules.levelsFor(Priority.P5)).isEmpty();
                    assertThat(rules.levelsFor(Priority.P1)).isEqualTo(BOTH);
                    assertThat(rules.levelsFor(null)).as("priority not known").isEmpty();
                });
    }

    @Test
    void aPriorityCanBeEscalatedSomeTimeAfterTheBreachAndTheOthersAtOnce() {
        context.withPropertyValues("helpdesk.sla.escalation-delay.P3=PT30M", "helpdesk.sla.escalation-delay.p4=1h")
                .run(started -> {
                    EscalationRules rules = started.getBean(EscalationRules.class);
                    assertThat(rules.delayFor(Priority.P3)).isEqualTo(Duration.ofMinutes(30));
                    assertThat(rules.delayFor(Priority.P4)).isEqualTo(Duration.ofHours(1));
                    assertThat(rules.delayFor(Priority.P1)).isZero();
                    assertThat(rules.delayFor(null)).isZero();
                });
    }

    @Test
    void aNegativeDelayStopsTheStart() {
        context.withPropertyValues("helpdesk.sla.escalation-delay.P2=-PT1M").run(started ->
                assertThat(started).hasFailed().getFailure().hasStackTraceContaining("P2"));
    }

    @Test
    void anUnknownLevelOrPriorityStopsTheStartNamingTheSetting() {
        context.withPropertyValues("helpdesk.sla.escalation.P2=SIDEWAYS").run(started ->
                assertThat(started).hasFailed().getFailure().hasStackTraceContaining("helpdesk.sla.escalation"));
        context.withPropertyValues("helpdesk.sla.escalation.P9=FUNCTIONAL").run(started ->
                assertThat(started).hasFailed().getFailure().hasStackTraceContaining("helpdesk.sla.escalation"));
    }
}
