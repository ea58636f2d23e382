package dev.helpdesk.escalation;

import dev.helpdesk.testsupport.EmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
class EscalationServiceIntegrationTest extends ServiceEdgeContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/sla/policies";
    }

    @Override
    protected String applicationName() {
        return "escalation-service";
    }
}
