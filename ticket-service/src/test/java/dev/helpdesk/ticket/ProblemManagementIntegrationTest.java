package dev.helpdesk.ticket;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;

/** Against the embedded defaults: a real Kafka broker and the in-JVM MongoDB-wire server. */
@OnEmbeddedInfrastructure
class ProblemManagementIntegrationTest extends ProblemManagementBehaviour {
}
