package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.ReportSummary;
import dev.helpdesk.reporting.query.SummaryQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The summary report: for the service desk's staff, each as far as {@link ReportAccess} lets them see. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

    private final SummaryQuery summaryQuery;

    ReportsController(SummaryQuery summaryQuery) {
        this.summaryQuery = summaryQuery;
    }

    @GetMapping("/summary")
    ReportSummary summary(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type) {
        var groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        return summaryQuery.summarize(ReportFilterParameters.toFilter(from, to, groups, priority, type));
    }
}
