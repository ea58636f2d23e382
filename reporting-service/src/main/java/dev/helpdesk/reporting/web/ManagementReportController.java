package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.IsoWeek;
import dev.helpdesk.reporting.query.ManagementReport;
import dev.helpdesk.reporting.query.ManagementReportQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly management report (issue 7 item 6) in three forms of the same figures: JSON (the
 * default, and what a program tests), a self-contained HTML page, and a PDF rendered from that
 * page. {@code format=json|html|pdf} chooses explicitly; otherwise the {@code Accept} header does.
 * English, or German with {@code lang=de} or {@code Accept-Language: de}. The summary's access
 * rules: supervisors and administrators every group, agents their own, others 403.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ManagementReportController {

    static final String WEEK = "week";
    static final String FORMAT = "format";
    static final String LANG = "lang";

    private final ManagementReportQuery reports;
    private final Clock clock;

    ManagementReportController(ManagementReportQuery reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** The forms, in the order a wildcard {@code Accept} prefers them. */
    enum Form {
        JSON(MediaType.APPLICATION_JSON), HTML(MediaType.TEXT_HTML), PDF(MediaType.APPLICATION_PDF);

        final MediaType type;

        Form(MediaType type) {
            this.type = type;
        }
    }

    @GetMapping("/management")
    ResponseEntity<?> management(Caller caller,
            @RequestParam(name = WEEK, required = false) String week,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = FORMAT, required = false) String format,
            @RequestParam(name = LANG, required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage)
            throws HttpMediaTypeNotAcceptableException {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        IsoWeek reportWeek = week(week, clock.instant());
        Form form = form(format, accept);
        Locale language = language(lang, acceptLanguage);
        ManagementReport report = reports.report(reportWeek, groups);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        if (form == Form.JSON) {
            return answer.contentType(MediaType.APPLICATION_JSON).body(report);
        }
        String page = ManagementReportPage.render(report, language);
        answer.header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        if (form == Form.HTML) {
            return answer.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
        }
        return answer.contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("management-report-" + report.week() + ".pdf").build().toString())
                .body(ManagementReportPdf.render(page));
    }

    /** Without one, the last complete week; a week that has not begun yet has no figures. */
    static IsoWeek week(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return IsoWeek.containing(now).previous();
        }
        IsoWeek week = IsoWeek.parse(text).orElseThrow(() -> new InvalidReportParameterException(WEEK,
                "must be an ISO-8601 week such as 2026-W48, was '" + text + "'"));
        if (week.from().isAfter(now)) {
            throw new InvalidReportParameterException(WEEK, "has not begun yet: " + text);
        }
        return week;
    }

    static Form form(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        if (format != null && !format.isBlank()) {
            for (Form form : Form.values()) {
                if (form.name().equalsIgnoreCase(format)) {
                    return form;
                }
            }
            throw new InvalidReportParameterException(FORMAT, "must be one of json, html, pdf, was '" + format + "'");
        }
        if (accept == null || accept.isBlank()) {
            return Form.JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidReportParameterException(HttpHeaders.ACCEPT, "cannot be read: " + e.getMessage());
        }
        // Highest quality first; among equals, a named type before a wildcard one.
        List<MediaType> ordered = wanted.stream().filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                        .thenComparing(type -> type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0))
                .toList();
        for (MediaType type : ordered) {
            for (Form form : Form.values()) {
                if (type.includes(form.type)) {
                    return form;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML,
                MediaType.APPLICATION_PDF));
    }

    /** {@code lang} if given (en or de, else 400), then the best of Accept-Language, else English. */
    static Locale language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return ManagementReportPage.LANGUAGES.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(lang))
                    .findFirst().orElseThrow(() -> new InvalidReportParameterException(LANG,
                            "must be one of en, de, was '" + lang + "'"));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), ManagementReportPage.LANGUAGES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH; // an unreadable preference is no preference
        }
    }
}
