package dev.helpdesk.eventsourcing;

import dev.helpdesk.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same against real MongoDB (a replica set, as in production); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class LateCommitRestampingContainersIntegrationTest extends LateCommitBehaviour {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer(ContainerInfrastructure.MONGO_IMAGE)
            .withReplicaSet();

    @Override
    protected String connectionString() {
        return MONGO.getReplicaSetUrl();
    }
}
