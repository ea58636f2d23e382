package dev.helpdesk.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The embedded defaults for tests: a real Kafka broker (KRaft) and the in-JVM MongoDB-wire
 * server, both on free loopback ports, reached over the network like the real ones. Use with
 * {@code @ContextConfiguration(initializers = EmbeddedInfrastructure.class)}.
 */
public class EmbeddedInfrastructure extends InfrastructureInitializer {

    @Override
    protected void startInfrastructure(ConfigurableApplicationContext context, Map<String, Object> properties) {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress mongoAddress = mongo.getLocalAddress();
        register(context, "embeddedMongoServer", mongo, mongo::shutdownNow);
        properties.put("spring.mongodb.host", "127.0.0.1");
        properties.put("spring.mongodb.port", mongoAddress.getPort());

        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        register(context, "embeddedKafkaBroker", kafka, kafka::destroy);
        properties.put("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
    }
}
