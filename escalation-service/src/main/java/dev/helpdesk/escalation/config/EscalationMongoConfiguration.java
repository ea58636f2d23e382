package dev.helpdesk.escalation.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own database ({@code spring.mongodb.database}), read and written with the plain
 * driver, and the clock that stamps changes.
 */
@Configuration(proxyBeanMethods = false)
class EscalationMongoConfiguration {

    @Bean
    MongoDatabase escalationDatabase(MongoClient mongo, @Value("${spring.mongodb.database}") String database) {
        return mongo.getDatabase(database);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
