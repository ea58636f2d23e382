package dev.helpdesk.escalation.config;

import dev.helpdesk.escalation.clocks.EscalationLevel;
import dev.helpdesk.escalation.clocks.EscalationRules;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation rules: {@code helpdesk.sla.escalation.<priority>} lists what a breach of a ticket
 * of that priority asks for ({@code FUNCTIONAL}, {@code HIERARCHICAL}, or {@code []} for nothing);
 * a priority left out keeps DESIGN.md's default, both. {@code helpdesk.sla.escalation-delay.<priority>}
 * (an ISO-8601 duration) holds a priority's escalation back that long after the breach; a priority
 * left out escalates at once. An unknown priority or level, or a negative delay, stops the service
 * at start-up with the offending property named (decisions D30).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationRulesConfiguration.Settings.class)
class EscalationRulesConfiguration {

    @ConfigurationProperties("helpdesk.sla")
    record Settings(Map<Priority, List<EscalationLevel>> escalation, Map<Priority, Duration> escalationDelay) {
    }

    @Bean
    EscalationRules escalationRules(Settings settings) {
        Map<Priority, List<EscalationLevel>> rules = new EnumMap<>(Priority.class);
        EscalationRules defaults = EscalationRules.defaults();
        for (Priority priority : Priority.values()) {
            rules.put(priority, defaults.levelsFor(priority));
        }
        if (settings.escalation() != null) {
            settings.escalation().forEach((priority, levels) -> rules.put(priority, levels == null ? List.of() : levels));
        }
        return new EscalationRules(rules, settings.escalationDelay() == null ? Map.of() : settings.escalationDelay());
    }
}
