package dev.helpdesk.ticket.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own Mongo database, beside its events: queues, numbers, idempotency keys, claims. */
@Configuration(proxyBeanMethods = false)
public class TicketDatabaseConfiguration {

    @Bean
    MongoDatabase ticketDatabase(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return client.getDatabase(database);
    }
}
