package dev.helpdesk.knowledge;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnEmbeddedInfrastructure
class KnowledgeServiceIntegrationTest extends ServiceEdgeContract {
}
