package dev.helpdesk.customer;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnEmbeddedInfrastructure
class CustomerServiceIntegrationTest extends ServiceEdgeContract {
}
