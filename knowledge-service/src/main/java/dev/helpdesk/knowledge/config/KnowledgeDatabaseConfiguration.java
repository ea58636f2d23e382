package dev.helpdesk.knowledge.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own Mongo database, beside its events: its copy of ticket texts and the article figures. */
@Configuration(proxyBeanMethods = false)
public class KnowledgeDatabaseConfiguration {

    @Bean
    MongoDatabase knowledgeDatabase(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return client.getDatabase(database);
    }
}
