package dev.helpdesk.knowledge;

import dev.helpdesk.testsupport.OnContainers;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnContainers
class KnowledgeServiceContainersIntegrationTest extends ServiceEdgeContract {
}
