package dev.helpdesk.escalation.calendar;

/**
 * A calendar definition that cannot be used to compute deadlines, with the field at fault named
 * the way the published calendar shape names it ({@code zone}, {@code hours},
 * {@code hours.MONDAY}, {@code hours.MONDAY[1]}, {@code holidays}), so an API can answer 400
 * pointing at it.
 */
public class InvalidCalendarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidCalendarException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The same fault, reported against a more precise field than the one that found it. */
    InvalidCalendarException at(String preciseField) {
        return new InvalidCalendarException(preciseField, reason);
    }
}
