package dev.helpdesk.ticket.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Reads an {@code If-Match} header: the ticket version the caller saw, from an earlier ETag. */
final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /** The expected version, or {@code null} when the caller sent none (or {@code *}). */
    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem("If-Match",
                    "must be an ETag of this ticket, e.g. \"3\""), null);
        }
        return Long.parseLong(matcher.group(1));
    }
}
