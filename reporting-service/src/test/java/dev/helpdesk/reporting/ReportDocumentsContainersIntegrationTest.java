package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.OnContainers;

/** The same behaviour against real MongoDB and Kafka in containers; skipped without Docker. */
@OnContainers
class ReportDocumentsContainersIntegrationTest extends ReportDocumentsContract {
}
