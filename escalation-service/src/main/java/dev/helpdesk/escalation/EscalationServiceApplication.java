package dev.helpdesk.escalation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * SLA policies, business-hours calendars, one SLA clock per ticket, escalations and
 * recurring-incident detection. So far it serves the policies and calendars
 * ({@code /api/v1/sla/policies}, {@code /api/v1/sla/calendars}) and keeps one SLA clock per ticket,
 * driven by the ticket events ({@code /api/v1/sla/tickets/{ticketId}}), whose warnings and
 * breaches timers record when they fall due and a publisher sends to {@code helpdesk.sla.v1},
 * with the escalations they call for ({@code /api/v1/escalations}); recurring incidents raise
 * problem candidates ({@code /api/v1/problems/candidates}).
 */
@SpringBootApplication
public class EscalationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscalationServiceApplication.class, args);
    }
}
