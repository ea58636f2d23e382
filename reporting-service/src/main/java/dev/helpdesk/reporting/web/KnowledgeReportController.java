package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.KnowledgeQuery;
import dev.helpdesk.reporting.query.KnowledgeReport;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 7 item 2's knowledge report: articles by the tickets resolved with them. The summary's
 * access rules and filters (an agent counts their own groups' tickets), plus {@code language} and
 * {@code limit}; definitions in docs/reports.md.
 */
@RestController
@RequestMapping("/api/v1/reports")
class KnowledgeReportController {

    /** The article languages of the knowledge service (its {@code ArticleLanguages}). */
    private static final List<String> LANGUAGES = List.of("en", "de");

    private final KnowledgeQuery knowledge;

    KnowledgeReportController(KnowledgeQuery knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/knowledge")
    KnowledgeReport knowledge(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "limit", required = false, defaultValue = "10") String limit) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        return knowledge.articles(ReportFilterParameters.toFilter(from, to, groups, priority, type),
                ReportFilterParameters.oneOf("language", language, LANGUAGES),
                BreakdownsController.intBetween("limit", limit, 1, BreakdownsController.MAX_LIMIT));
    }
}
