package dev.helpdesk.ticket.query;

import java.util.Arrays;
import java.util.Optional;

/** The orders a ticket list can come in; ties are broken by creation time, then id. */
public enum TicketQueueSort {

    /** Most urgent first (P1 before P5), oldest first within a priority. */
    PRIORITY("priority"),
    CREATED_AT("createdAt"),
    CREATED_AT_DESC("-createdAt"),
    UPDATED_AT("updatedAt"),
    UPDATED_AT_DESC("-updatedAt");

    private final String parameter;

    TicketQueueSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<TicketQueueSort> ofParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }
}
