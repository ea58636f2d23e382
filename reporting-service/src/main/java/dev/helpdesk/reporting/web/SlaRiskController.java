package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.SlaRiskQuery;
import dev.helpdesk.reporting.query.SlaRiskReport;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 7 item 5's "SLA breaches and warnings now": the open tickets at risk, for the dashboard.
 * The summary's access rules and its group, priority and type filters; no period (it is now).
 */
@RestController
@RequestMapping("/api/v1/reports")
class SlaRiskController {

    private final SlaRiskQuery risks;

    SlaRiskController(SlaRiskQuery risks) {
        this.risks = risks;
    }

    @GetMapping("/sla-risk")
    SlaRiskReport atRisk(Caller caller,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type,
            @RequestParam(name = "limit", required = false, defaultValue = "20") String limit) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        return risks.atRisk(ReportFilterParameters.toFilter(null, null, groups, priority, type),
                BreakdownsController.intBetween("limit", limit, 1, BreakdownsController.MAX_LIMIT));
    }
}
