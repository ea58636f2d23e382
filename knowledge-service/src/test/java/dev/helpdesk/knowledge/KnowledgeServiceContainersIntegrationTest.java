package dev.helpdesk.knowledge;

import dev.helpdesk.testsupport.ContainerInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same behaviour against real MongoDB and Kafka in containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ContainerInfrastructure.class)
class KnowledgeServiceContainersIntegrationTest extends ServiceEdgeContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/articles";
    }

    @Override
    protected String applicationName() {
        return "knowledge-service";
    }
}
