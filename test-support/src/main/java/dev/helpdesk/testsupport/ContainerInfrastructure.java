package dev.helpdesk.testsupport;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB (single-node replica set, as in production) and Apache Kafka in containers. Use
 * with {@code @ContextConfiguration(initializers = ContainerInfrastructure.class)} on a test
 * class annotated {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
public class ContainerInfrastructure extends InfrastructureInitializer {

    public static final String MONGO_IMAGE = "mongo:8.0";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    @Override
    protected void startInfrastructure(ConfigurableApplicationContext context, Map<String, Object> properties) {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        mongo.start();
        register(context, "mongoContainer", mongo, mongo::stop);
        properties.put("spring.mongodb.host", mongo.getHost());
        properties.put("spring.mongodb.port", mongo.getMappedPort(27017));

        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        register(context, "kafkaContainer", kafka, kafka::stop);
        properties.put("spring.kafka.bootstrap-servers", kafka.getBootstrapServers());
    }
}
