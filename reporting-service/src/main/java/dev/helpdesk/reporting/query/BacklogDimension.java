package dev.helpdesk.reporting.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the backlog can be broken down by, and the ticket field each reads. */
public enum BacklogDimension {
    GROUP("group", TicketFields.GROUP_ID),
    PRIORITY("priority", TicketFields.PRIORITY),
    CATEGORY("category", TicketFields.CATEGORY),
    TYPE("type", TicketFields.TYPE),
    CHANNEL("channel", TicketFields.CHANNEL);

    private final String parameter;
    private final String field;

    BacklogDimension(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    public static Optional<BacklogDimension> of(String parameter) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(parameter)).findFirst();
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(BacklogDimension::parameter).toList();
    }
}
