package dev.helpdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.reporting.web.ManagementReportController.Form;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class ManagementReportNegotiationTest {

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() throws Exception {
        assertThat(ManagementReportController.form("pdf", "application/json")).isEqualTo(Form.PDF);
        assertThat(ManagementReportController.form("HTML", null)).isEqualTo(Form.HTML);
        assertThatThrownBy(() -> ManagementReportController.form("xlsx", null))
                .isInstanceOf(InvalidReportParameterException.class).hasMessageContaining("format");
    }

    @Test
    void theAcceptHeaderChoosesByQualityThenByTheMoreSpecificType() throws Exception {
        assertThat(ManagementReportController.form(null, null)).isEqualTo(Form.JSON);
        assertThat(ManagementReportController.form(null, "*/*")).isEqualTo(Form.JSON);
        assertThat(ManagementReportController.form(null, "application/pdf")).isEqualTo(Form.PDF);
        assertThat(ManagementReportController.form(null,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEqualTo(Form.HTML);
        assertThat(ManagementReportController.form(null, "*/*, application/pdf")).isEqualTo(Form.PDF);
        assertThat(ManagementReportController.form(null, "application/json;q=0.5, application/pdf"))
                .isEqualTo(Form.PDF);
        assertThat(ManagementReportController.form(null, "application/pdf;q=0, text/*")).isEqualTo(Form.HTML);
        assertThatThrownBy(() -> ManagementReportController.form(null, "image/png"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> ManagementReportController.form(null, "no media type"))
                .isInstanceOf(InvalidReportParameterException.class);
    }

    @Test
    void germanOnRequestEnglishOtherwise() {
        assertThat(ManagementReportController.language("de", "en")).isEqualTo(Locale.GERMAN);
        assertThat(ManagementReportController.language(null, "de-CH, en;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(ManagementReportController.language(null, "fr-FR, de;q=0.3")).isEqualTo(Locale.GERMAN);
        assertThat(ManagementReportController.language(null, "fr")).isEqualTo(Locale.ENGLISH);
        assertThat(ManagementReportController.language(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(ManagementReportController.language(null, "!!")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ManagementReportController.language("fr", null))
                .isInstanceOf(InvalidReportParameterException.class).hasMessageContaining("lang");
    }

    @Test
    void withoutAWeekTheLastCompleteOneAndNeverOneThatHasNotBegun() {
        Instant wednesday = Instant.parse("2026-11-25T10:00:00Z"); // in 2026-W48
        assertThat(ManagementReportController.week(null, wednesday)).hasToString("2026-W47");
        assertThat(ManagementReportController.week("2026-W48", wednesday)).hasToString("2026-W48");
        for (String bad : new String[] {"2026-W49", "2026-W54", "2026-48", "last week", "2026-W00"}) {
            assertThatThrownBy(() -> ManagementReportController.week(bad, wednesday)).as(bad)
                    .isInstanceOf(InvalidReportParameterException.class).hasMessageContaining("week");
        }
    }
}
