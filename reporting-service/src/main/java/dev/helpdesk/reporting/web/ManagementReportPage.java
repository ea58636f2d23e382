package dev.helpdesk.reporting.web;

import dev.helpdesk.reporting.query.BreachFactors;
import dev.helpdesk.reporting.query.ManagementReport;
import dev.helpdesk.reporting.query.OpenedProblems;
import dev.helpdesk.reporting.query.RecurringReport;
import dev.helpdesk.reporting.query.SlaBreach;
import dev.helpdesk.reporting.query.SlaBreaches;
import dev.helpdesk.reporting.query.TimeFigure;
import dev.helpdesk.reporting.query.WeekFigures;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The management report as one self-contained XHTML page (styles inline, no scripts, no images),
 * which browsers show and openhtmltopdf turns into the PDF: well-formed XML, every text escaped,
 * and only characters the PDF's standard fonts have. Words come from
 * {@code management-report/labels*.properties} (English, German).
 */
final class ManagementReportPage {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = "@page{size:A4;margin:14mm}"
            + "body{font-family:Helvetica,Arial,sans-serif;font-size:9.5pt;color:#222}"
            + "h1{font-size:16pt;margin:0 0 4pt 0}h2{font-size:12pt;margin:14pt 0 4pt 0;border-bottom:1px solid #999}"
            + "p{margin:2pt 0}table{border-collapse:collapse;width:100%;margin:4pt 0}"
            + "th,td{border:1px solid #bbb;padding:2pt 3pt;text-align:left;vertical-align:top;font-size:8.5pt}"
            + "tr{page-break-inside:avoid}h2{page-break-after:avoid}th{background:#eee}td.n{text-align:right}"
            + "td.k{white-space:nowrap}.note{color:#555;font-size:8.5pt}";

    private final ResourceBundle labels;
    private final NumberFormat decimal;
    private final StringBuilder html = new StringBuilder(16 * 1024);

    private ManagementReportPage(Locale language) {
        this.labels = ResourceBundle.getBundle("management-report.labels", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.decimal = NumberFormat.getNumberInstance(language);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
    }

    static String render(ManagementReport report, Locale language) {
        return new ManagementReportPage(language).page(report, language);
    }

    private String page(ManagementReport report, Locale language) {
        String title = label("title") + " - " + label("week", report.week());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(text(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(text(title)).append("</h1>");
        paragraph(label("weekSpan", DAY.format(report.from()), DAY.format(report.to().minusSeconds(1)),
                report.previousWeek()));
        paragraph(report.groupIds() == null ? label("allGroups")
                : label("groups", String.join(", ", report.groupIds())));
        if (!report.complete()) {
            paragraph(label("incomplete", moment(report.asOf())));
        }
        figures(report.figures(), report.previous());
        breaches(report.slaBreaches());
        recurring(report.recurring());
        problems(report.problemsOpened());
        html.append("<p class=\"note\">").append(text(label("asOf", moment(report.asOf())))).append("</p>");
        return html.append("</body></html>\n").toString();
    }

    private void figures(WeekFigures now, WeekFigures before) {
        heading("kpis");
        html.append("<table><tr>");
        for (String column : List.of("figure", "thisWeek", "previousWeek", "change")) {
            html.append("<th>").append(text(label(column))).append("</th>");
        }
        html.append("</tr>");
        countRow("opened", now.opened(), before.opened());
        countRow("resolved", now.resolved(), before.resolved());
        countRow("closed", now.closed(), before.closed());
        countRow("backlogAtEnd", now.backlogAtEnd(), before.backlogAtEnd());
        durationRow("firstResponseMean", mean(now.firstResponseTime()), mean(before.firstResponseTime()));
        durationRow("firstResponseP90", now.firstResponseTime().p90Seconds(), before.firstResponseTime().p90Seconds());
        durationRow("resolutionMean", mean(now.resolutionTime()), mean(before.resolutionTime()));
        durationRow("resolutionP90", now.resolutionTime().p90Seconds(), before.resolutionTime().p90Seconds());
        percentRow("slaFirstResponse", now.slaCompliance().firstResponse().percent(),
                before.slaCompliance().firstResponse().percent());
        percentRow("slaResolution", now.slaCompliance().resolution().percent(),
                before.slaCompliance().resolution().percent());
        percentRow("reopenRate", now.reopenRate().percent(), before.reopenRate().percent());
        percentRow("firstContact", now.firstContactResolution().percent(), before.firstContactResolution().percent());
        row("satisfaction", decimalOrNone(now.satisfaction().average()), decimalOrNone(before.satisfaction().average()),
                change(now.satisfaction().average(), before.satisfaction().average(), this::signedDecimal));
        percentRow("satisfactionResponse", now.satisfaction().responseRate(), before.satisfaction().responseRate());
        countRow("escalations", now.escalations(), before.escalations());
        html.append("</table>");
    }

    private void breaches(SlaBreaches breaches) {
        heading("breaches");
        if (breaches.total() == 0) {
            paragraph(label("breachesNone"));
            return;
        }
        paragraph(label("breachesSummary", breaches.total(), breaches.firstResponse(), breaches.resolution()));
        html.append("<table><tr><th>").append(text(label("factorsTitle"))).append("</th><th></th></tr>");
        breaches.byFactor().forEach((factor, count) -> html.append("<tr><td>").append(text(label("factor." + factor)))
                .append("</td><td class=\"n\">").append(count).append("</td></tr>"));
        html.append("</table><p class=\"note\">").append(text(label("factorsNote"))).append("</p>");
        paragraph(label("byPriority") + ": " + breaches.byPriority().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
        if (breaches.truncated()) {
            paragraph(label("breachesListed", breaches.items().size(), breaches.total()));
        }
        header("ticket", "target", "breachedAt", "priority", "group", "assignee", "category", "factors", "metLate");
        for (SlaBreach breach : breaches.items()) {
            cells(Set.of(1, 4, 5, 6, 7), breach.number(), label("target." + breach.target()),
                    moment(breach.breachedAt()), breach.priority(), breach.groupId(), breach.assigneeId(),
                    breach.category(),
                    breach.factors().isEmpty() ? label("factor." + BreachFactors.NONE_RECORDED)
                            : breach.factors().stream().map(factor -> label("factor." + factor))
                                    .collect(Collectors.joining(", ")),
                    breach.lateSeconds() == null ? label("stillOpen") : "+" + duration(breach.lateSeconds()));
        }
        html.append("</table>");
    }

    private void recurring(RecurringReport recurring) {
        heading("recurring");
        if (recurring.categories().isEmpty()) {
            paragraph(label("recurringNone"));
            return;
        }
        header("category", "incidents", "previous", "change", "trend");
        for (RecurringReport.Category category : recurring.categories()) {
            cells(Set.of(0), category.category() == null ? label("noCategory") : category.category(),
                    Long.toString(category.incidents()), Long.toString(category.previous()),
                    signed(category.change()), label("trend." + category.trend()));
        }
        html.append("</table>");
        if (recurring.assets() == null || recurring.assets().isEmpty()) {
            paragraph(label("assetsNone"));
            return;
        }
        header("asset", "incidents", "previous", "change", "trend");
        for (RecurringReport.Asset asset : recurring.assets()) {
            cells(Set.of(0), asset.assetId(), Long.toString(asset.incidents()), Long.toString(asset.previous()),
                    signed(asset.change()), label("trend." + asset.trend()));
        }
        html.append("</table>");
    }

    private void problems(OpenedProblems problems) {
        heading("problems");
        if (problems.count() == 0) {
            paragraph(label("problemsNone"));
            return;
        }
        paragraph(label("problemsCount", problems.count()));
        header("ticket", "subject", "category", "priority", "status", "group", "openedAt");
        for (OpenedProblems.Problem problem : problems.items()) {
            cells(Set.of(1, 2, 5), problem.number(), problem.subject(), problem.category(), problem.priority(),
                    problem.status(), problem.groupId(), moment(problem.openedAt()));
        }
        html.append("</table>");
    }

    private void countRow(String key, long now, long before) {
        row(key, Long.toString(now), Long.toString(before), signed(now - before));
    }

    private void durationRow(String key, Long now, Long before) {
        row(key, now == null ? label("none") : duration(now), before == null ? label("none") : duration(before),
                change(now == null ? null : now.doubleValue(), before == null ? null : before.doubleValue(),
                        difference -> (difference < 0 ? "-" : "+") + duration(Math.round(Math.abs(difference)))));
    }

    private void percentRow(String key, Double now, Double before) {
        row(key, percent(now), percent(before), change(now, before, difference -> signedDecimal(difference) + " pp"));
    }

    private void row(String key, String now, String before, String change) {
        html.append("<tr><td>").append(text(label(key))).append("</td><td class=\"n\">").append(text(now))
                .append("</td><td class=\"n\">").append(text(before)).append("</td><td class=\"n\">")
                .append(text(change)).append("</td></tr>");
    }

    private String change(Double now, Double before, Function<Double, String> format) {
        return now == null || before == null ? label("none") : format.apply(now - before);
    }

    private void heading(String key) {
        html.append("<h2>").append(text(label(key))).append("</h2>");
    }

    private void paragraph(String words) {
        html.append("<p>").append(text(words)).append("</p>");
    }

    private void header(String... keys) {
        html.append("<table><tr>");
        for (String key : keys) {
            html.append("<th>").append(text(label(key))).append("</th>");
        }
        html.append("</tr>");
    }

    /**
     * A table row; ticket numbers, moments and short codes are kept on one line, only the cells
     * at {@code wrapping} (free text, ids) may break.
     */
    private void cells(Set<Integer> wrapping, String... values) {
        html.append("<tr>");
        for (int i = 0; i < values.length; i++) {
            html.append(wrapping.contains(i) ? "<td>" : "<td class=\"k\">")
                    .append(text(values[i] == null ? label("none") : values[i])).append("</td>");
        }
        html.append("</tr>");
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private String label(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(arguments);
    }

    private String percent(Double value) {
        return value == null ? label("none") : decimal.format(value) + " %";
    }

    private String decimalOrNone(Double value) {
        return value == null ? label("none") : decimal.format(value);
    }

    private String signedDecimal(double value) {
        return (value > 0 ? "+" : "") + decimal.format(value);
    }

    private static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }

    private static Long mean(TimeFigure figure) {
        return figure.meanSeconds() == null ? null : Math.round(figure.meanSeconds());
    }

    /** "45 min", "3 h 05 min", "2 d 4 h": a reader's precision, not the JSON's seconds. */
    static String duration(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
        }
        long hours = Math.round(minutes / 60.0);
        return hours / 24 + " d " + hours % 24 + " h";
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    /** Escapes only what XML needs: the page is UTF-8, so every other character stays as it is. */
    private static String text(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
