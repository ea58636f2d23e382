package dev.helpdesk.reporting.query;

/** How many tickets of a period share one priority and one current status. */
public record TicketTally(String priority, String status, long count) {
}
