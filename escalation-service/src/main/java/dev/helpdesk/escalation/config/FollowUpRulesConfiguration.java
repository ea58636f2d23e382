package dev.helpdesk.escalation.config;

import dev.helpdesk.escalation.clocks.FollowUpRules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-up rules (decisions D33): {@code helpdesk.sla.auto-close-after} (default 7 days, the
 * ticket service's reopen window), {@code helpdesk.sla.pending-reminder-every} (2 days) and
 * {@code helpdesk.sla.pending-reminders} (3). An empty duration switches that follow-up off; a
 * meaningless one stops the service at start-up.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpRulesConfiguration {

    @Bean
    FollowUpRules followUpRules(@Value("${helpdesk.sla.auto-close-after:7d}") Duration autoCloseAfter,
            @Value("${helpdesk.sla.pending-reminder-every:2d}") Duration remindEvery,
            @Value("${helpdesk.sla.pending-reminders:3}") int maxReminders) {
        return new FollowUpRules(autoCloseAfter, remindEvery, maxReminders);
    }
}
