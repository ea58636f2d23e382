package dev.helpdesk.customer;

import dev.helpdesk.testsupport.OnContainers;

/** Against real MongoDB and Kafka containers (skipped where Docker is missing). */
@OnContainers
class CustomerErasureContainersIntegrationTest extends CustomerErasureContract {
}
