package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.ContainerInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same behaviour against real MongoDB and Kafka in containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ContainerInfrastructure.class)
class ReportingServiceContainersIntegrationTest extends ReportingServiceContract {
}
