package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Against the embedded defaults: a real Kafka broker and the in-JVM MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
class ReportingServiceIntegrationTest extends ReportingServiceContract {
}
