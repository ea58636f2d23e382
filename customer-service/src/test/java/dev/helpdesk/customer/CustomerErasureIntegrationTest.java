package dev.helpdesk.customer;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;

/** Against the embedded defaults: a real Kafka broker and the in-JVM MongoDB-wire server. */
@OnEmbeddedInfrastructure
class CustomerErasureIntegrationTest extends CustomerErasureContract {
}
