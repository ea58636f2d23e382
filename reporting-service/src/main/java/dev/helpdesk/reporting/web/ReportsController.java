package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import dev.helpdesk.reporting.query.ReportSummary;
import dev.helpdesk.reporting.query.TicketSummaryQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Management reports over all tickets: for the service desk's staff, not for customers or other systems. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

    private final TicketSummaryQuery summaryQuery;

    ReportsController(TicketSummaryQuery summaryQuery) {
        this.summaryQuery = summaryQuery;
    }

    @GetMapping("/summary")
    ReportSummary summary(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to) {
        requireStaff(caller);
        return summaryQuery.summarize(ReportPeriodParameters.toPeriod(from, to));
    }

    /** Thrown to the security chain, so a 403 reads the same here as anywhere in the platform. */
    private static void requireStaff(Caller caller) {
        if (!caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("Reports are for agents, supervisors and administrators");
        }
    }
}
