package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.helpdesk.testsupport.ContainerInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same against real MongoDB (replica set, as in production); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ProjectionContainersIntegrationTest extends ProjectionContract {

    private static MongoDBContainer mongo;
    private static MongoClient client;

    @BeforeAll
    static void startMongo() {
        mongo = new MongoDBContainer(ContainerInfrastructure.MONGO_IMAGE).withReplicaSet();
        mongo.start();
        client = MongoClients.create(mongo.getReplicaSetUrl());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        mongo.stop();
    }

    @Override
    protected MongoDatabase database() {
        return client.getDatabase("reporting-projection-test");
    }
}
