package dev.helpdesk.escalation.clocks.store;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.clocks.EscalationRules;
import dev.helpdesk.escalation.clocks.FollowUpRules;
import dev.helpdesk.escalation.clocks.RequesterChanges;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.scheduling.PassSchedule;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
            @Value("${helpdesk.sla.policy-refresh:1s}") Duration policyRefresh, EscalationRules escalationRules,
            FollowUpRules followUpRules, MongoRequesterDirectory requesters) {
        return new TicketClocks(store, new StoredPolicies(policies, calendars, policyRefresh), escalationRules,
                followUpRules, requesters);
    }

    /** The requesters' VIP flags and tiers from the customer events (D34). */
    @Bean
    MongoRequesterDirectory requesterDirectory(MongoDatabase escalationDatabase) {
        return new MongoRequesterDirectory(escalationDatabase);
    }

    @Bean
    RequesterChanges requesterChanges(MongoRequesterDirectory requesters, TicketClocks clocks,
            @Value("${helpdesk.sla.recompute-batch:100}") int batchSize) {
        return new RequesterChanges(requesters, clocks, batchSize);
    }

    @Bean
    MongoPublishingQueue publishingQueue(MongoDatabase escalationDatabase) {
        return new MongoPublishingQueue(escalationDatabase);
    }

    /**
     * Every open clock follows policy and calendar changes within about one interval (decisions D32);
     * off where the timers are off ({@code helpdesk.sla.timers-enabled=false}), like them.
     */
    @Bean
    @ConditionalOnProperty(name = "helpdesk.sla.timers-enabled", havingValue = "true", matchIfMissing = true)
    PassSchedule policyChangeRecompute(VersionedDocuments<SlaPolicy> policies,
            VersionedDocuments<CalendarDefinition> calendars, TicketClocks clocks, MongoDatabase escalationDatabase,
            Clock clock, @Value("${helpdesk.sla.recompute-interval:1s}") Duration interval,
            @Value("${helpdesk.sla.recompute-batch:100}") int batchSize) {
        PolicyChangeRecompute recompute = new PolicyChangeRecompute(policies, calendars, clocks, escalationDatabase,
                clock, batchSize);
        return new PassSchedule("sla-recompute", "helpdesk.sla.recompute-interval", interval, recompute::runOnce);
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
