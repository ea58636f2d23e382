package dev.helpdesk.escalation.problems.store;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.escalation.problems.ProblemCandidates;
import dev.helpdesk.escalation.problems.ProblemTickets;
import dev.helpdesk.escalation.problems.RecurrenceRule;
import dev.helpdesk.escalation.problems.RecurringIncidents;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Recurring-incident detection and the problem candidates (decisions D31), stored in
 * {@code problem_occurrences} and {@code problem_candidates}: {@code helpdesk.problems.threshold}
 * incidents (default 5) of one pattern within {@code helpdesk.problems.window} (default 24 h) raise
 * a candidate; {@code helpdesk.problems.promotion-claim} (default 5 min) is how long one
 * supervisor's unfinished promotion keeps others from starting their own.
 */
@Configuration(proxyBeanMethods = false)
class ProblemStoreConfiguration {

    @Bean
    MongoOccurrenceStore occurrenceStore(MongoDatabase escalationDatabase) {
        return new MongoOccurrenceStore(escalationDatabase);
    }

    @Bean
    MongoCandidateStore candidateStore(MongoDatabase escalationDatabase) {
        return new MongoCandidateStore(escalationDatabase);
    }

    @Bean
    RecurringIncidents recurringIncidents(MongoOccurrenceStore occurrences, MongoCandidateStore candidates,
            @Value("${helpdesk.problems.threshold:5}") int threshold,
            @Value("${helpdesk.problems.window:24h}") Duration window, Clock clock) {
        return new RecurringIncidents(occurrences, candidates, new RecurrenceRule(threshold, window), clock);
    }

    @Bean
    ProblemCandidates problemCandidates(MongoCandidateStore candidates, MongoOccurrenceStore occurrences,
            ProblemTickets tickets, @Value("${helpdesk.problems.promotion-claim:5m}") Duration claimLasts,
            Clock clock) {
        return new ProblemCandidates(candidates, occurrences, tickets, claimLasts, clock);
    }

    /** Before the tickets consumer starts counting incidents and the publisher starts polling. */
    @Bean
    SmartInitializingSingleton problemIndexes(MongoOccurrenceStore occurrences, MongoCandidateStore candidates) {
        return () -> {
            occurrences.createIndexes();
            candidates.createIndexes();
        };
    }
}
