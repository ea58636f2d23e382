package dev.helpdesk.customer.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own Mongo database, beside its events: the directory and the address claims. */
@Configuration(proxyBeanMethods = false)
public class CustomerDatabaseConfiguration {

    @Bean
    MongoDatabase customerDatabase(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return client.getDatabase(database);
    }
}
