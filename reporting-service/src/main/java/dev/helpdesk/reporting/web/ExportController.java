package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.ReportFilter;
import dev.helpdesk.reporting.query.SummaryQuery;
import dev.helpdesk.reporting.query.TicketExportQuery;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ticket export for spreadsheets (issue 7 item 6): one CSV row per ticket opened in the period,
 * with the summary's access rules and filters plus {@code status}. Parameters and access are checked
 * before the first byte, so a mistake is still a 400 or 403 problem; the rows are then streamed
 * from the database cursor as they come.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ExportController {

    static final String STATUS = "status";
    private static final DateTimeFormatter FILE_MOMENT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final TicketExportQuery export;
    private final Clock clock;

    ExportController(TicketExportQuery export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/export.csv")
    ResponseEntity<StreamingResponseBody> export(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type,
            @RequestParam(name = STATUS, required = false) String status) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        ReportFilter filter = ReportFilterParameters.toFilter(from, to, groups, priority, type);
        String onlyStatus = ReportFilterParameters.oneOf(STATUS, status, SummaryQuery.STATUS_ORDER);
        String fileName = "tickets-" + FILE_MOMENT.format(clock.instant()) + ".csv";
        StreamingResponseBody body = out -> TicketsCsv.write(TicketExportQuery.columns(),
                row -> export.forEachRow(filter, onlyStatus, row), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TicketsCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
