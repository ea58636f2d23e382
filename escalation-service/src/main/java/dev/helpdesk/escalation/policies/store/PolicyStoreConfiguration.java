package dev.helpdesk.escalation.policies.store;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policies, in {@code sla_policies}, with every version in {@code sla_policy_changes}. */
@Configuration(proxyBeanMethods = false)
class PolicyStoreConfiguration {

    static final String KIND = "SLA policy";

    @Bean
    VersionedDocuments<SlaPolicy> policies(MongoDatabase escalationDatabase, Clock clock) {
        return new VersionedDocuments<>(KIND, escalationDatabase, "sla_policies", "sla_policy_changes",
                new PolicyMapping(), clock);
    }
}
