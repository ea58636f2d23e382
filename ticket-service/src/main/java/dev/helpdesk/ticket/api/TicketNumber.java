package dev.helpdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The human number of a ticket, {@code HD-000042}, used in e-mail subjects as {@code [HD-000042]}. */
public record TicketNumber(long value) {

    private static final Pattern FORMAT = Pattern.compile("HD-(\\d{6,})");

    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("Ticket numbers start at 1, not " + value);
        }
    }

    @JsonCreator
    public static TicketNumber parse(String text) {
        var matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a ticket number: " + text);
        }
        return new TicketNumber(Long.parseLong(matcher.group(1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("HD-%06d", value);
    }
}
