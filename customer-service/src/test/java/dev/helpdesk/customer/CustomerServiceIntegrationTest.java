package dev.helpdesk.customer;

import dev.helpdesk.testsupport.EmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
class CustomerServiceIntegrationTest extends ServiceEdgeContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/customers";
    }

    @Override
    protected String applicationName() {
        return "customer-service";
    }
}
