package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import org.springframework.test.context.TestPropertySource;

/**
 * Against the embedded defaults: a real Kafka broker and the in-JVM MongoDB-wire server. The
 * rebuild here holds back at most three events (D107), so that it writes tickets while it reads
 * and writes them again when more of their events come; the container twin keeps the default.
 */
@OnEmbeddedInfrastructure
@TestPropertySource(properties = "helpdesk.reporting.rebuild.held-events=3")
class ReportingServiceIntegrationTest extends ReportingServiceContract {
}
