package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.reporting.query.TicketExportQuery;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The CSV export and the weekly management report (issue 7 item 6), fed through the real topics
 * and read over HTTP with real tokens. Each test's tickets are in a group of their own, so the
 * reports asked for that group count them alone.
 */
abstract class ReportDocumentsContract extends ServiceEdgeContract {

    static final String EXPORT = "/api/v1/reports/export.csv";
    static final String MANAGEMENT = "/api/v1/reports/management";
    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(20);
    private static final String SUPERVISOR = "demo-supervisor";
    private static final String REQUESTER = "c0000000-0000-4000-8000-000000000001";

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    private TicketFactsProjection projection;

    private TicketsTopic tickets;

    @Override
    protected String protectedPath() {
        return EXPORT;
    }

    @BeforeEach
    void connectToTheTopicsOnceTheServiceIsReady() {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> http().get("/actuator/health/readiness", null).status() == 200);
        tickets = new TicketsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnectFromTheTopics() {
        tickets.close();
    }

    @Test
    void theExportHasOneQuotedRowPerTicketOpenedInThePeriodAndNoCellARunnableFormula() throws IOException {
        Instant start = Instant.parse("2032-01-05T00:00:00Z");
        String ours = "export-" + UUID.randomUUID();
        String theirs = "export-" + UUID.randomUUID();
        TicketStory fixed = new TicketStory(tickets).opened("HD-200001", "INCIDENT", "P2", "=cmd|' /C calc'!A0",
                        "Printer, \"floor 3\"\nis jammed", "asset-9", start)
                .then(TicketEventTypes.ASSIGNED, at(start, 1),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", ours, "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, at(start, 30), (id, t) -> new TicketCommentAdded(id,
                        "IN_PROGRESS", "c-1", "agent-anna", "AGENT", "PUBLIC", "On it", true, "agent-anna", t))
                .then(TicketEventTypes.RESOLVED, at(start, 91), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "Cleared", null, "agent-anna", t))
                .then(TicketEventTypes.CLOSED, at(start, 120), (id, t) -> new TicketClosed(id, "CLOSED", null, null, t))
                .then(TicketEventTypes.SATISFACTION_RATED, at(start, 125), (id, t) -> new TicketSatisfactionRated(id,
                        "CLOSED", REQUESTER, 4, null, "demo-customer", t));
        TicketStory late = new TicketStory(tickets).opened("HD-200002", "PROBLEM", "P4", "network",
                        "-VPN +drops @night", null, at(start, 10))
                .then(TicketEventTypes.ASSIGNED, at(start, 11),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", theirs, "agent-ben", SUPERVISOR, t));
        tickets.sendSla(late.ticketId(),
                TicketEventRecords.slaBreached(late.ticketId(), "FIRST_RESPONSE", at(start, 40), 1));
        TicketStory before = new TicketStory(tickets).opened("HD-200003", "INCIDENT", "P3", "network", "Earlier",
                        null, start.minus(Duration.ofDays(1)))
                .then(TicketEventTypes.ASSIGNED, at(start, -1000),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", ours, "agent-anna", SUPERVISOR, t));
        awaitApplied(fixed);
        awaitApplied(before);
        awaitApplied(late);
        await().atMost(CONSUMED_WITHIN).until(() -> projection.find(late.ticketId())
                .map(facts -> facts.firstResponseSla() != null).orElse(false));
        String period = "?from=" + start + "&to=" + start.plus(Duration.ofDays(1));
        String supervisor = issuer.supervisor("a-supervisor");

        HttpProbe.Reply export = http().get(EXPORT + period, supervisor);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(export.header("Content-Disposition"))
                .matches("attachment; filename=\"tickets-\\d{8}T\\d{6}Z\\.csv\"");
        assertThat(export.body()).contains(",\"Printer, \"\"floor 3\"\"\nis jammed\",")
                .contains("\r\n").doesNotContain(",=cmd").doesNotContain(",-VPN");
        List<Map<String, String>> rows = rows(export.body());
        assertThat(rows).extracting(row -> row.get("number")).containsExactly("HD-200001", "HD-200002");
        assertThat(rows.get(0)).contains(entry("ticketId", fixed.ticketId()), entry("type", "INCIDENT"),
                entry("status", "CLOSED"), entry("priority", "P2"), entry("category", "'=cmd|' /C calc'!A0"),
                entry("channel", "PORTAL"), entry("subject", "Printer, \"floor 3\"\nis jammed"), entry("groupId", ours),
                entry("assigneeId", "agent-anna"), entry("requesterId", REQUESTER), entry("assetId", "asset-9"),
                entry("openedAt", "2032-01-05T00:00:00Z"), entry("firstResponseAt", "2032-01-05T00:30:00Z"),
                entry("resolvedAt", "2032-01-05T01:31:00Z"), entry("closedAt", "2032-01-05T02:00:00Z"),
                entry("cancelledAt", ""), entry("firstResponseMinutes", "30.0"), entry("resolutionMinutes", "91.0"),
                entry("firstResponseSla", "MET"), entry("resolutionSla", "MET"), entry("slaWarnings", "0"),
                entry("reopenCount", "0"), entry("escalationCount", "0"), entry("reassigned", "false"),
                entry("pended", "false"), entry("firstContactResolution", "true"), entry("resolutionCode", "FIXED"),
                entry("resolvedBy", "agent-anna"), entry("satisfactionRating", "4"),
                entry("ratedAt", "2032-01-05T02:05:00Z"));
        assertThat(rows.get(1)).contains(entry("type", "PROBLEM"), entry("status", "ASSIGNED"),
                entry("subject", "'-VPN +drops @night"), entry("firstResponseSla", "BREACHED"),
                entry("resolvedAt", ""), entry("firstResponseMinutes", ""), entry("assetId", ""),
                entry("firstContactResolution", ""), entry("satisfactionRating", ""));

        assertThat(numbers(http().get(EXPORT + period + "&status=CLOSED", supervisor))).containsExactly("HD-200001");
        assertThat(numbers(http().get(EXPORT + period + "&type=PROBLEM&priority=P4", supervisor)))
                .containsExactly("HD-200002");
        assertThat(numbers(http().get(EXPORT + period + "&groupId=" + theirs, supervisor)))
                .containsExactly("HD-200002");
        assertThat(numbers(http().get(EXPORT + "?groupId=" + ours, supervisor)))
                .as("without a period, every ticket, oldest first").containsExactly("HD-200003", "HD-200001");

        String agent = issuer.agent("agent-anna", ours);
        assertThat(numbers(http().get(EXPORT + period, agent))).as("an agent's own groups")
                .containsExactly("HD-200001");
        HttpProbe.Reply otherGroup = http().get(EXPORT + period + "&groupId=" + theirs, agent);
        assertThat(otherGroup.status()).as(otherGroup.toString()).isEqualTo(403);
        assertThat(otherGroup.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theExportIsForStaffAndNamesABadParameter() {
        for (String token : List.of(issuer.customer("portal", "c-1"), issuer.integration("monitoring"))) {
            HttpProbe.Reply reply = http().get(EXPORT, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        String supervisor = issuer.supervisor("a-supervisor");
        assertBadParameter(http().get(EXPORT + "?priority=P9", supervisor), "priority");
        assertBadParameter(http().get(EXPORT + "?type=OUTAGE", supervisor), "type");
        assertBadParameter(http().get(EXPORT + "?status=DONE", supervisor), "status");
        assertBadParameter(http().get(EXPORT + "?from=yesterday", supervisor), "from");
        assertBadParameter(http().get(EXPORT + "?from=2032-02-01T00:00:00Z&to=2032-01-01T00:00:00Z", supervisor),
                "from");
        HttpProbe.Reply empty = http().get(EXPORT + "?from=1999-01-01T00:00:00Z&to=1999-01-02T00:00:00Z", supervisor);
        assertThat(empty.body()).isEqualTo(String.join(",", TicketExportQuery.columns()) + "\r\n");
    }

    /**
     * Two weeks of one group's tickets, every figure worked out by hand (docs/reports.md, "The
     * management report"), then the same figures in the HTML page and the PDF.
     */
    @Test
    void theManagementReportOfAWeekHasExactlyTheFiguresOfItsTicketsAgainstTheWeekBefore() throws Exception {
        String group = "mgmt-" + UUID.randomUUID();
        String asset = "asset-" + UUID.randomUUID();
        TwoWeeks weeks = twoWeeksOfTickets(group, asset);
        String supervisor = issuer.supervisor("a-supervisor");

        HttpProbe.Reply json = http().get(MANAGEMENT + "?week=2020-W10&groupId=" + group, supervisor,
                Map.of("Accept", "application/json"));

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.<String>json("$.week")).isEqualTo("2020-W10");
        assertThat(json.<String>json("$.previousWeek")).isEqualTo("2020-W09");
        assertThat(json.<String>json("$.from")).isEqualTo("2020-03-02T00:00:00Z");
        assertThat(json.<String>json("$.to")).isEqualTo("2020-03-09T00:00:00Z");
        assertThat(json.<Boolean>json("$.complete")).isTrue();
        assertThat(json.<List<String>>json("$.groupIds")).containsExactly(group);
        assertThat(json.<Map<String, Object>>json("$.figures")).contains(entry("opened", 3), entry("resolved", 3),
                entry("closed", 1), entry("backlogAtEnd", 2), entry("escalations", 0));
        assertThat(json.<Map<String, Object>>json("$.previous")).contains(entry("opened", 2), entry("resolved", 1),
                entry("closed", 0), entry("backlogAtEnd", 1), entry("escalations", 0));
        assertThat(json.<Map<String, Object>>json("$.figures.firstResponseTime")).contains(entry("count", 2),
                entry("meanSeconds", 3150.0), entry("p90Seconds", 4200));
        assertThat(json.<Map<String, Object>>json("$.previous.firstResponseTime")).contains(entry("count", 1),
                entry("meanSeconds", 1200.0), entry("p90Seconds", 1200));
        assertThat(json.<Map<String, Object>>json("$.figures.resolutionTime")).contains(entry("count", 2),
                entry("meanSeconds", 262800.0), entry("p90Seconds", 518400));
        assertThat(json.<Map<String, Object>>json("$.previous.resolutionTime")).contains(entry("count", 1),
                entry("meanSeconds", 7200.0), entry("p90Seconds", 7200));
        assertThat(json.<Map<String, Object>>json("$.figures.slaCompliance.firstResponse")).containsExactly(
                entry("met", 1), entry("breached", 1), entry("percent", 50.0));
        assertThat(json.<Map<String, Object>>json("$.figures.slaCompliance.resolution")).containsExactly(
                entry("met", 2), entry("breached", 1), entry("percent", 66.7));
        assertThat(json.<Map<String, Object>>json("$.previous.slaCompliance.resolution")).containsExactly(
                entry("met", 1), entry("breached", 0), entry("percent", 100.0));
        assertThat(json.<Map<String, Object>>json("$.figures.reopenRate")).containsExactly(entry("of", 2),
                entry("matching", 1), entry("percent", 50.0));
        assertThat(json.<Map<String, Object>>json("$.previous.reopenRate")).containsExactly(entry("of", 1),
                entry("matching", 0), entry("percent", 0.0));
        assertThat(json.<Map<String, Object>>json("$.figures.firstContactResolution")).containsEntry("percent", 100.0);
        assertThat(json.<Map<String, Object>>json("$.figures.satisfaction")).containsExactly(entry("resolved", 2),
                entry("rated", 1), entry("average", 5.0), entry("responseRate", 50.0));
        assertThat(json.<Map<String, Object>>json("$.previous.satisfaction")).containsExactly(entry("resolved", 1),
                entry("rated", 1), entry("average", 4.0), entry("responseRate", 100.0));

        assertThat(json.<Map<String, Object>>json("$.slaBreaches")).contains(entry("total", 2),
                entry("firstResponse", 1), entry("resolution", 1), entry("truncated", false));
        assertThat(json.<Map<String, Object>>json("$.slaBreaches.byFactor")).containsExactly(entry("UNASSIGNED", 1),
                entry("REASSIGNED", 0), entry("ESCALATED", 0), entry("PENDED", 1), entry("REOPENED", 0),
                entry("PRIORITY_CHANGED", 0), entry("NONE_RECORDED", 0));
        assertThat(json.<Map<String, Object>>json("$.slaBreaches.byPriority")).containsExactly(entry("P1", 1),
                entry("P2", 1), entry("P3", 0), entry("P4", 0), entry("P5", 0));
        assertThat(json.<Map<String, Object>>json("$.slaBreaches.items[0]")).containsExactly(
                entry("ticketId", weeks.unassigned), entry("number", "HD-100003"), entry("target", "FIRST_RESPONSE"),
                entry("breachedAt", "2020-03-02T08:30:00Z"), entry("priority", "P2"), entry("groupId", group),
                entry("assigneeId", null), entry("category", "network"), entry("factors", List.of("UNASSIGNED")),
                entry("metAt", "2020-03-02T09:10:00Z"), entry("lateSeconds", 2400));
        assertThat(json.<Map<String, Object>>json("$.slaBreaches.items[1]")).containsExactly(
                entry("ticketId", weeks.pended), entry("number", "HD-100005"), entry("target", "RESOLUTION"),
                entry("breachedAt", "2020-03-04T16:00:00Z"), entry("priority", "P1"), entry("groupId", group),
                entry("assigneeId", "agent-anna"), entry("category", "printing"), entry("factors", List.of("PENDED")),
                entry("metAt", "2020-03-10T09:00:00Z"), entry("lateSeconds", 493200));

        assertThat(json.<List<Map<String, Object>>>json("$.recurring.categories")).containsExactly(
                Map.of("category", "network", "incidents", 1, "previous", 2, "change", -1, "trend", "DOWN"),
                Map.of("category", "printing", "incidents", 1, "previous", 0, "change", 1, "trend", "NEW"));
        assertThat(json.<List<Map<String, Object>>>json("$.recurring.assets")).containsExactly(
                Map.of("assetId", asset, "incidents", 1, "previous", 1, "change", 0, "trend", "SAME"));
        assertThat(json.<Integer>json("$.problemsOpened.count")).isEqualTo(1);
        assertThat(json.<Map<String, Object>>json("$.problemsOpened.items[0]")).containsExactly(
                entry("ticketId", weeks.problem), entry("number", "HD-100004"),
                entry("subject", "Recurring VPN drops <site A & B>"), entry("category", "network"),
                entry("priority", "P3"), entry("status", "IN_PROGRESS"), entry("groupId", group),
                entry("openedAt", "2020-03-03T09:00:00Z"));

        HttpProbe.Reply html = http().get(MANAGEMENT + "?week=2020-W10&groupId=" + group, supervisor,
                Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.contentType()).isEqualToIgnoringWhitespace("text/html;charset=UTF-8");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Weekly management report", "Week 2020-W10",
                "HD-100003", "HD-100005", "Recurring VPN drops &lt;site A &amp; B&gt;", "66.7 %", "50.0 %",
                "1 h 10 min", "no agent assigned", "was pending", asset).doesNotContain("<site A");

        byte[] pdf = bytes(MANAGEMENT + "?week=2020-W10&groupId=" + group, supervisor, "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Kept beside the test reports, for a person to look at.
        Files.write(Path.of("target", "management-report-2020-W10.pdf"), pdf);
        String text = textOf(pdf);
        assertThat(text).contains("Weekly management report", "Week 2020-W10", "Tickets opened", "HD-100003",
                "HD-100005", "Recurring VPN drops <site A & B>", "66.7 %", "50.0 %", "1 h 10 min", "no agent assigned",
                "printing");
        String german = textOf(bytes(MANAGEMENT + "?week=2020-W10&format=pdf&lang=de&groupId=" + group, supervisor,
                "application/json"));
        assertThat(german).contains("Wöchentlicher Management-Bericht", "Woche 2020-W10", "66,7 %",
                "Eröffnete Probleme", "niemandem zugewiesen");
    }

    @Test
    void theManagementReportFollowsTheSummarysAccessRulesAndNamesABadParameter() {
        String agent = issuer.agent("agent-anna", "service-desk-l1");
        HttpProbe.Reply own = http().get(MANAGEMENT + "?week=2020-W10", agent);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.<List<String>>json("$.groupIds")).containsExactly("service-desk-l1");
        for (String path : List.of(MANAGEMENT + "?week=2020-W10&groupId=network-l2",
                MANAGEMENT + "?week=2020-W10&groupId=network-l2&format=pdf")) {
            HttpProbe.Reply other = http().get(path, agent);
            assertThat(other.status()).as(other.toString()).isEqualTo(403);
            assertThat(other.contentType()).startsWith("application/problem+json");
        }
        HttpProbe.Reply customer = http().get(MANAGEMENT + "?format=pdf", issuer.customer("portal", "c-1"));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(403);
        assertThat(customer.contentType()).startsWith("application/problem+json");

        String supervisor = issuer.supervisor("a-supervisor");
        assertBadParameter(http().get(MANAGEMENT + "?week=2020-W60", supervisor), "week");
        assertBadParameter(http().get(MANAGEMENT + "?week=last", supervisor), "week");
        assertBadParameter(http().get(MANAGEMENT + "?week=2999-W01", supervisor), "week");
        assertBadParameter(http().get(MANAGEMENT + "?format=docx", supervisor), "format");
        assertBadParameter(http().get(MANAGEMENT + "?lang=fr", supervisor), "lang");
        assertThat(http().get(MANAGEMENT, supervisor, Map.of("Accept", "image/png")).status()).isEqualTo(406);

        HttpProbe.Reply lastWeek = http().get(MANAGEMENT, supervisor);
        Instant aWeekAgo = Instant.now().minus(Duration.ofDays(7));
        assertThat(lastWeek.contentType()).startsWith("application/json");
        assertThat(lastWeek.<String>json("$.week")).isEqualTo(String.format("%04d-W%02d",
                aWeekAgo.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_BASED_YEAR),
                aWeekAgo.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        assertThat(lastWeek.<Boolean>json("$.complete")).isTrue();
    }

    /** The ids of the tickets whose figures the management test checks one by one. */
    private record TwoWeeks(String unassigned, String pended, String problem) {
    }

    /**
     * 2020-W09 (from Monday 24 February): A opened, answered and resolved the same morning, rated
     * 4; B opened, only queued. 2020-W10 (from Monday 2 March): B resolved, reopened, resolved
     * again; C late for its first response while nobody had it, then answered, resolved, closed,
     * rated 5; D, a problem, opened and answered; E pending, then late for its resolution,
     * resolved only in W11.
     */
    private TwoWeeks twoWeeksOfTickets(String group, String asset) {
        TicketStory a = new TicketStory(tickets).opened("HD-100001", "INCIDENT", "P3", "network", "VPN drops", asset,
                        t("2020-02-25T09:00:00Z"))
                .then(TicketEventTypes.ASSIGNED, t("2020-02-25T09:05:00Z"),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", group, "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, t("2020-02-25T09:20:00Z"), (id, t) -> firstResponse(id, t,
                        "agent-anna"))
                .then(TicketEventTypes.RESOLVED, t("2020-02-25T11:00:00Z"), (id, t) -> resolved(id, t, "agent-anna"))
                .then(TicketEventTypes.SATISFACTION_RATED, t("2020-02-25T12:00:00Z"), (id, t) ->
                        new TicketSatisfactionRated(id, "RESOLVED", REQUESTER, 4, null, "demo-customer", t));
        TicketStory b = new TicketStory(tickets).opened("HD-100002", "INCIDENT", "P2", "network", "VPN slow", null,
                        t("2020-02-26T10:00:00Z"))
                .then(TicketEventTypes.ASSIGNED, t("2020-02-26T10:01:00Z"),
                        (id, t) -> new TicketAssigned(id, "NEW", group, null, SUPERVISOR, t))
                .then(TicketEventTypes.RESOLVED, t("2020-03-02T10:00:00Z"), (id, t) -> resolved(id, t, "agent-ben"))
                .then(TicketEventTypes.REOPENED, t("2020-03-02T11:00:00Z"),
                        (id, t) -> new TicketReopened(id, "IN_PROGRESS", "Still slow", "demo-customer", t))
                .then(TicketEventTypes.RESOLVED, t("2020-03-03T10:00:00Z"), (id, t) -> resolved(id, t, "agent-ben"));
        TicketStory c = new TicketStory(tickets).opened("HD-100003", "INCIDENT", "P2", "network",
                        "No network on floor 2", asset, t("2020-03-02T08:00:00Z"))
                .then(TicketEventTypes.ASSIGNED, t("2020-03-02T08:01:00Z"),
                        (id, t) -> new TicketAssigned(id, "NEW", group, null, SUPERVISOR, t))
                .then(TicketEventTypes.ASSIGNED, t("2020-03-02T09:00:00Z"),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", group, "agent-ben", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, t("2020-03-02T09:10:00Z"), (id, t) -> firstResponse(id, t,
                        "agent-ben"))
                .then(TicketEventTypes.RESOLVED, t("2020-03-02T10:00:00Z"), (id, t) -> resolved(id, t, "agent-ben"))
                .then(TicketEventTypes.CLOSED, t("2020-03-02T11:00:00Z"),
                        (id, t) -> new TicketClosed(id, "CLOSED", null, null, t))
                .then(TicketEventTypes.SATISFACTION_RATED, t("2020-03-02T11:30:00Z"), (id, t) ->
                        new TicketSatisfactionRated(id, "CLOSED", REQUESTER, 5, null, "demo-customer", t));
        tickets.sendSla(c.ticketId(),
                TicketEventRecords.slaBreached(c.ticketId(), "FIRST_RESPONSE", t("2020-03-02T08:30:00Z"), 1));
        TicketStory d = new TicketStory(tickets).opened("HD-100004", "PROBLEM", "P3", "network",
                        "Recurring VPN drops <site A & B>", null, t("2020-03-03T09:00:00Z"))
                .then(TicketEventTypes.ASSIGNED, t("2020-03-03T09:05:00Z"),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", group, "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, t("2020-03-03T09:35:00Z"), (id, t) -> firstResponse(id, t,
                        "agent-anna"));
        TicketStory e = new TicketStory(tickets).opened("HD-100005", "INCIDENT", "P1", "printing",
                        "Printer jammed", null, t("2020-03-04T12:00:00Z"))
                .then(TicketEventTypes.ASSIGNED, t("2020-03-04T12:01:00Z"),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", group, "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.PENDED, t("2020-03-04T12:10:00Z"),
                        (id, t) -> new TicketPended(id, "PENDING", "Waiting for toner", "agent-anna", t))
                .then(TicketEventTypes.RESOLVED, t("2020-03-10T09:00:00Z"), (id, t) -> resolved(id, t, "agent-anna"));
        tickets.sendSla(e.ticketId(),
                TicketEventRecords.slaBreached(e.ticketId(), "RESOLUTION", t("2020-03-04T16:00:00Z"), 1));
        for (TicketStory story : List.of(a, b, c, d, e)) {
            awaitApplied(story);
        }
        for (TicketStory story : List.of(c, e)) {
            await().atMost(CONSUMED_WITHIN).until(() -> projection.find(story.ticketId())
                    .map(facts -> facts.firstResponseSla() != null && "BREACHED".equals(facts.firstResponseSla()
                            .outcome()) || facts.resolutionSla() != null && "BREACHED".equals(facts.resolutionSla()
                            .outcome())).orElse(false));
        }
        return new TwoWeeks(c.ticketId(), e.ticketId(), d.ticketId());
    }

    private static TicketCommentAdded firstResponse(String id, Instant at, String agent) {
        return new TicketCommentAdded(id, "IN_PROGRESS", UUID.randomUUID().toString(), agent, "AGENT", "PUBLIC",
                "Looking into it", true, agent, at);
    }

    private static TicketResolved resolved(String id, Instant at, String agent) {
        return new TicketResolved(id, "RESOLVED", "FIXED", "Done", null, agent, at);
    }

    private static Instant t(String instant) {
        return Instant.parse(instant);
    }

    private static Instant at(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    private void awaitApplied(TicketStory story) {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> projection.find(story.ticketId())
                        .map(facts -> facts.lastSequence() == story.sequence()).orElse(false));
    }

    /** The CSV's rows as maps from column name to cell, after checking the header. */
    private static List<Map<String, String>> rows(String csv) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        List<String> header = records.get(0).toList();
        assertThat(header).isEqualTo(TicketExportQuery.columns());
        return records.subList(1, records.size()).stream().map(record -> {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            return row;
        }).toList();
    }

    private static List<String> numbers(HttpProbe.Reply export) {
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        try {
            return rows(export.body()).stream().map(row -> row.get("number")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A response's bytes as they came: a PDF does not survive being read as text. */
    private byte[] bytes(String path, String token, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    /** The text of a PDF, as PDFBox reads it: also proof that it is a PDF that parses. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            // Cells wrap where the page needs it: compare words, not line breaks.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertBadParameter(HttpProbe.Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.<String>json("$.errors[0].field")).isEqualTo(parameter);
    }
}
