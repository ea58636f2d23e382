package dev.helpdesk.escalation;

import dev.helpdesk.testsupport.OnContainers;
import dev.helpdesk.testsupport.ServiceEdgeContract;

@OnContainers
class EscalationServiceContainersIntegrationTest extends ServiceEdgeContract {
}
