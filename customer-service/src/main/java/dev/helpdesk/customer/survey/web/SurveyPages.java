package dev.helpdesk.customer.survey.web;

import dev.helpdesk.customer.notification.TicketFacts;
import dev.helpdesk.customer.survey.InvalidSatisfactionToken;
import dev.helpdesk.customer.survey.api.AnswerSurvey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The survey's small, self-contained HTML pages (no script, no external file: the Content Security
 * Policy of {@link SurveySecurity} allows none) in the requester's language, from the resource bundle
 * {@code surveys/messages} (German, or English for every other locale). Everything that comes from
 * elsewhere (the subject, the comment) is HTML-escaped.
 */
final class SurveyPages {

    private final MessageSource messages;

    SurveyPages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("surveys/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    /** The form: the ticket's number and subject when known, five choices and a comment. */
    String form(TicketFacts ticket, Locale locale, Integer rating, String comment,
            List<Map.Entry<String, String>> violations) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(ticket == null ? text("intro.unknown", locale)
                : text("intro", locale, ticket.number(), ticket.subject() == null ? "" : ticket.subject()))
                .append("</p>\n");
        for (Map.Entry<String, String> violation : violations) {
            String problem = "rating".equals(violation.getKey()) ? text("invalid.rating", locale)
                    : text("invalid.comment", locale, String.valueOf(AnswerSurvey.MAX_COMMENT));
            body.append("<p class=\"error\">").append(problem).append("</p>\n");
        }
        // no action: the form posts to the page's own address, the link
        body.append("<form method=\"post\">\n<fieldset><legend>")
                .append(text("rating", locale)).append("</legend>\n");
        for (int choice = 1; choice <= 5; choice++) {
            body.append("<label><input type=\"radio\" name=\"rating\" value=\"").append(choice).append('"')
                    .append(rating != null && rating == choice ? " checked" : "").append(" required> ")
                    .append(text("rating." + choice, locale)).append("</label>\n");
        }
        body.append("</fieldset>\n<label for=\"comment\">").append(text("comment", locale)).append("</label>\n")
                .append("<textarea id=\"comment\" name=\"comment\" rows=\"5\" maxlength=\"")
                .append(AnswerSurvey.MAX_COMMENT).append("\">").append(comment == null ? "" : escape(comment))
                .append("</textarea>\n<button type=\"submit\">").append(text("submit", locale))
                .append("</button>\n</form>\n");
        return page(locale, text("title", locale), body.toString());
    }

    String thanks(Locale locale) {
        return page(locale, text("thanks.title", locale), "<p>" + text("thanks.body", locale) + "</p>\n");
    }

    String refused(InvalidSatisfactionToken.Reason reason, Locale locale) {
        String key = reason.name().toLowerCase(Locale.ROOT);
        return page(locale, text(key + ".title", locale), "<p>" + text(key + ".body", locale) + "</p>\n");
    }

    private static String page(Locale locale, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + ("de".equals(locale.getLanguage()) ? "de" : "en") + "\">\n"
                + "<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\n"
                + "<title>" + title + "</title>\n<style>body{font-family:sans-serif;max-width:36em;margin:2em auto;"
                + "padding:0 1em}label{display:block;margin:.3em 0}textarea{width:100%}.error{color:#b00020}"
                + "</style></head>\n<body>\n<h1>" + title + "</h1>\n" + body + "</body>\n</html>\n";
    }

    /** A text of the bundle with its arguments escaped (the bundle's own texts are trusted). */
    private String text(String key, Locale locale, Object... arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String text ? escape(text) : arguments[i];
        }
        return messages.getMessage(key, escaped, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
