package dev.helpdesk.customer.survey.web;

import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerView;
import dev.helpdesk.customer.notification.NotificationTickets;
import dev.helpdesk.customer.notification.TicketFacts;
import dev.helpdesk.customer.survey.InvalidSatisfactionToken;
import dev.helpdesk.customer.survey.SatisfactionToken;
import dev.helpdesk.customer.survey.api.InvalidSurveyAnswer;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The satisfaction link of a resolved ticket's mail (D80), answered without a login: the link's
 * signed token is the credential. {@code GET} shows the form (HTML); {@code POST} takes the answer,
 * as the form's fields (answered with an HTML page) or as JSON {@code {rating, comment}} (answered
 * with JSON, or a problem). A link never valid is a 404, an expired or answered one a 410, an invalid
 * answer a 400 naming the field; none of them changes anything.
 */
@RestController
class SurveyController {

    static final String PATH = "/api/v1/surveys";
    private static final String LINK = PATH + "/{token}";

    private final SurveyAnswers answers;
    private final NotificationTickets tickets;
    private final CustomerDirectory directory;
    private final SurveyPages pages = new SurveyPages();

    SurveyController(SurveyAnswers answers, NotificationTickets tickets, CustomerDirectory directory) {
        this.answers = answers;
        this.tickets = tickets;
        this.directory = directory;
    }

    @GetMapping(path = LINK, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@PathVariable String token, HttpServletRequest http) {
        SatisfactionToken link;
        try {
            link = answers.usable(token);
        } catch (InvalidSatisfactionToken refused) {
            return html(statusOf(refused), pages.refused(refused.reason(), http.getLocale()));
        }
        return html(HttpStatus.OK, pages.form(ticketOf(link), localeOf(link, http), null, null, List.of()));
    }

    @PostMapping(path = LINK, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> answerForm(@PathVariable String token,
            @RequestParam(name = "rating", required = false) String rating,
            @RequestParam(name = "comment", required = false) String comment, HttpServletRequest http) {
        Integer chosen = ratingOf(rating);
        SatisfactionToken link;
        try {
            link = answers.usable(token);
        } catch (InvalidSatisfactionToken refused) {
            return html(statusOf(refused), pages.refused(refused.reason(), http.getLocale()));
        }
        try {
            answers.answer(link, chosen, comment, http);
        } catch (InvalidSatisfactionToken refused) {
            return html(statusOf(refused), pages.refused(refused.reason(), localeOf(link, http)));
        } catch (InvalidSurveyAnswer invalid) {
            return html(HttpStatus.BAD_REQUEST,
                    pages.form(ticketOf(link), localeOf(link, http), chosen, comment, invalid.violations()));
        }
        return html(HttpStatus.OK, pages.thanks(localeOf(link, http)));
    }

    @PostMapping(path = LINK, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SurveyAnswerResponse> answerJson(@PathVariable String token,
            @RequestBody(required = false) SurveyAnswerRequest body, HttpServletRequest http) {
        Integer rating = body == null ? null : body.rating();
        String comment = body == null ? null : body.comment();
        try {
            SatisfactionToken link = answers.usable(token);
            answers.answer(link, rating, comment, http);
            String kept = comment == null || comment.isBlank() ? null : comment.strip();
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new SurveyAnswerResponse(link.tokenId(), link.ticketId(), rating, kept));
        } catch (InvalidSatisfactionToken refused) {
            HttpStatus status = statusOf(refused);
            throw new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detailOf(refused)),
                    refused);
        } catch (InvalidSurveyAnswer invalid) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidFields(invalid.violations()), invalid);
        }
    }

    /** A link never valid is not found; one that was valid is gone (expired or answered). */
    private static HttpStatus statusOf(InvalidSatisfactionToken refused) {
        return refused.reason() == InvalidSatisfactionToken.Reason.FORGED ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
    }

    private static String detailOf(InvalidSatisfactionToken refused) {
        switch (refused.reason()) {
            case EXPIRED:
                return "The satisfaction link has expired";
            case USED:
                return "The satisfaction link has been answered already";
            default:
                return "No satisfaction survey has this link";
        }
    }

    /** The form's rating, or null when it is missing or not a whole number (then refused as invalid). */
    private static Integer ratingOf(String rating) {
        try {
            return rating == null ? null : Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TicketFacts ticketOf(SatisfactionToken link) {
        return tickets.find(link.ticketId()).orElse(null);
    }

    /** The requester's language from the directory; the browser's when the directory does not say. */
    private Locale localeOf(SatisfactionToken link, HttpServletRequest http) {
        return (link.requesterId() == null ? java.util.Optional.<CustomerView>empty()
                : directory.customer(link.requesterId()))
                .map(CustomerView::locale).filter(tag -> tag != null && !tag.isBlank())
                .map(tag -> Locale.forLanguageTag(tag.strip())).orElse(http.getLocale());
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }
}
