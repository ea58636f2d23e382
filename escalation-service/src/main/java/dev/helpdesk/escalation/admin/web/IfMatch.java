package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.escalation.admin.InvalidInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an {@code If-Match} header: the version the caller saw, from an earlier {@code ETag}. */
public final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /** The expected version, or {@code null} when the caller sent none (or {@code *}): then any version. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw InvalidInput.of("If-Match", "must be the ETag of the version you changed, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The {@code ETag} of a version: its number, quoted. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
