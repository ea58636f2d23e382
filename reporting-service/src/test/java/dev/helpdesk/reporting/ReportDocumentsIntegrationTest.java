package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;

/** The export and the management report against a real Kafka broker and the in-JVM MongoDB-wire server. */
@OnEmbeddedInfrastructure
class ReportDocumentsIntegrationTest extends ReportDocumentsContract {
}
