package dev.helpdesk.ticket.channels.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.ResolutionCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {

    private final AlertSettings settings = new AlertSettings("", "category", ResolutionCode.NO_ACTION_NEEDED,
            Map.of("critical", "HIGH/HIGH", "Warning", "medium/medium", "info", "LOW/MEDIUM"), "MEDIUM/LOW");

    private Priority priorityOf(String severity) {
        AlertSettings.Levels levels = settings.levels(severity);
        return Priority.of(levels.impact(), levels.urgency());
    }

    @Test
    void theSeverityLabelGivesImpactAndUrgencyIgnoringCase() {
        assertThat(settings.levels("critical")).isEqualTo(new AlertSettings.Levels(Level.HIGH, Level.HIGH));
        assertThat(priorityOf("CRITICAL")).isEqualTo(Priority.P1);
        assertThat(priorityOf(" warning ")).isEqualTo(Priority.P3);
        assertThat(priorityOf("info")).isEqualTo(Priority.P4);
    }

    @Test
    void aMissingOrUnlistedSeverityTakesTheDefault() {
        assertThat(priorityOf(null)).isEqualTo(Priority.P4);
        assertThat(priorityOf("apocalyptic")).isEqualTo(Priority.P4);
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new AlertSettings("", "category", ResolutionCode.FIXED, Map.of("critical", "P1"),
                "MEDIUM/MEDIUM")).hasMessageContaining("helpdesk.tickets.alerts.severities.critical");
        assertThatThrownBy(() -> new AlertSettings("", "category", ResolutionCode.FIXED, Map.of(), "SEVERE/HIGH"))
                .hasMessageContaining("default-severity");
    }
}
