package dev.helpdesk.escalation.clocks.store;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.clocks.EscalationRules;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA clocks, in {@code sla_clocks}, chosen by the stored policies and calendars, and the queues
 * of what they recorded for publishing, on the same documents.
 */
@Configuration(proxyBeanMethods = false)
class ClockStoreConfiguration {

    @Bean
    MongoTicketClocks ticketClockStore(MongoDatabase escalationDatabase, Clock clock) {
        return new MongoTicketClocks(escalationDatabase, clock);
    }

    @Bean
    TicketClocks ticketClocks(MongoTicketClocks store, VersionedDocuments<SlaPolicy> policies,
            VersionedDocuments<CalendarDefinition> calendars,
            @Value("${helpdesk.sla.policy-refresh:1s}") Duration policyRefresh, EscalationRules escalationRules) {
        return new TicketClocks(store, new StoredPolicies(policies, calendars, policyRefresh), escalationRules);
    }

    @Bean
    MongoPublishingQueue publishingQueue(MongoDatabase escalationDatabase) {
        return new MongoPublishingQueue(escalationDatabase);
    }

    /** Before the tickets consumer starts writing clocks and the timers and the publisher start polling. */
    @Bean
    SmartInitializingSingleton ticketClockIndexes(MongoTicketClocks store, MongoPublishingQueue queue) {
        return () -> {
            store.createIndexes();
            queue.createIndexes();
        };
    }
}
