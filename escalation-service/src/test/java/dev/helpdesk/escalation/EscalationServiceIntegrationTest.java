package dev.helpdesk.escalation;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnEmbeddedInfrastructure
class EscalationServiceIntegrationTest extends ServiceEdgeContract {
}
