package dev.helpdesk.reporting.query;

import com.mongodb.client.model.Filters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * The figures a time series can count: each is a moment (or a list of moments) of the ticket
 * documents, counted in the interval it falls in, with the same meaning as in the summary.
 */
public enum TimeSeriesMetric {
    OPENED("opened", TicketFields.OPENED_AT, false),
    RESOLVED("resolved", TicketFields.RESOLVED_TIMES, true),
    CLOSED("closed", TicketFields.CLOSED_AT, false),
    REOPENED("reopened", TicketFields.REOPENED_TIMES, true),
    CANCELLED("cancelled", TicketFields.CANCELLED_AT, false),
    ESCALATIONS("escalations", TicketFields.ESCALATED_TIMES, true),
    FIRST_RESPONSES("firstResponses", TicketFields.FIRST_RESPONSE_AT, false),
    /** First-response targets settled as breached, at the breach. */
    SLA_BREACHES_FIRST_RESPONSE("slaBreachesFirstResponse", TicketFields.FIRST_RESPONSE_SLA_AT, false,
            Filters.eq(TicketFields.FIRST_RESPONSE_SLA, TicketFacts.SlaOutcome.BREACHED)),
    SLA_BREACHES_RESOLUTION("slaBreachesResolution", TicketFields.RESOLUTION_SLA_AT, false,
            Filters.eq(TicketFields.RESOLUTION_SLA, TicketFacts.SlaOutcome.BREACHED));

    private final String parameter;
    private final String field;
    private final boolean list;
    private final Bson condition;

    TimeSeriesMetric(String parameter, String field, boolean list) {
        this(parameter, field, list, Filters.empty());
    }

    TimeSeriesMetric(String parameter, String field, boolean list, Bson condition) {
        this.parameter = parameter;
        this.field = field;
        this.list = list;
        this.condition = condition;
    }

    /** What a ticket must be besides having the moment (empty: nothing). */
    Bson condition() {
        return condition;
    }

    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    boolean list() {
        return list;
    }

    public static Optional<TimeSeriesMetric> of(String parameter) {
        return Arrays.stream(values()).filter(metric -> metric.parameter.equals(parameter)).findFirst();
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(TimeSeriesMetric::parameter).toList();
    }
}
