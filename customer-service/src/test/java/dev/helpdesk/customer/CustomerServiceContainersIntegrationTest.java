package dev.helpdesk.customer;

import dev.helpdesk.testsupport.OnContainers;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnContainers
class CustomerServiceContainersIntegrationTest extends ServiceEdgeContract {
}
