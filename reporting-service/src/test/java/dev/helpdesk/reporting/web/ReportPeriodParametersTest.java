package dev.helpdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.reporting.query.ReportPeriod;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class ReportPeriodParametersTest {

    @Test
    void bothEndsAreOptional() {
        assertThat(ReportPeriodParameters.toPeriod(null, "")).isEqualTo(ReportPeriod.ALL_TIME);
    }

    @Test
    void instantsWithAnOffsetAreReadAsTheSameMoment() {
        ReportPeriod period = ReportPeriodParameters.toPeriod("2026-11-27T10:00:00+01:00", "2026-11-28T00:00:00Z");

        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void anUnreadableInstantIsABadRequestNamingTheParameter() {
        assertBadParameter(() -> ReportPeriodParameters.toPeriod("2026-11-27T10:00:00Z", "tomorrow"), "to");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequestNamingFrom() {
        assertBadParameter(() -> ReportPeriodParameters.toPeriod("2026-11-28T00:00:00Z", "2026-11-27T00:00:00Z"),
                "from");
    }

    private static void assertBadParameter(Runnable parse, String parameter) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(InvalidReportParameterException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getProperties()).extractingByKey("errors")
                            .asInstanceOf(InstanceOfAssertFactories.list(Map.class))
                            .singleElement()
                            .satisfies(error -> assertThat(error.get("field")).isEqualTo(parameter));
                });
    }
}
