package dev.helpdesk.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Reads an {@code If-Match} header holding a version the caller saw in an earlier {@code ETag}
 * ({@code "3"}, weak or strong), and writes such ETags. A header that is not one is the caller's
 * mistake: a 400 problem naming the header.
 */
public final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /**
     * @param of what the version is of, for the message ("customer")
     * @return the expected version, or {@code null} when the caller sent none (or {@code *})
     */
    public static Long expectedVersion(String header, String of) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidField("If-Match",
                    "must be an ETag of this " + of + ", e.g. \"3\""), null);
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }
}
