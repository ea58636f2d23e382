package dev.helpdesk.knowledge;

import dev.helpdesk.testsupport.EmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
class KnowledgeServiceIntegrationTest extends ServiceEdgeContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/articles";
    }

    @Override
    protected String applicationName() {
        return "knowledge-service";
    }
}
