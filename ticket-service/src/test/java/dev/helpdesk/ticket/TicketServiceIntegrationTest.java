package dev.helpdesk.ticket;

import dev.helpdesk.testsupport.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
class TicketServiceIntegrationTest extends TicketServiceBehaviour {
}
