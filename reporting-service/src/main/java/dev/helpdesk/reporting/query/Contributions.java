package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Reads what a ticket document contributes to the report cube. The document's top-level facts are
 * all it needs (the history is not read), so the same code serves a written document, the one it
 * replaced, and the documents read at the cube's edges.
 */
final class Contributions {

    private Contributions() {
    }

    static List<Contribution> of(Document ticket) {
        List<Contribution> contributions = new ArrayList<>();
        String group = ticket.getString(GROUP_ID);
        String priority = ticket.getString(PRIORITY);
        String type = ticket.getString(TYPE);
        Date opened = ticket.getDate(OPENED_AT);
        if (opened != null) {
            boolean incident = "INCIDENT".equals(type);
            contributions.add(new Contribution(CubeKind.OPENED, opened.getTime(), group, priority, type,
                    ticket.getString(STATUS), null, incident ? ticket.getString(CATEGORY) : null,
                    incident ? ticket.getString(ASSET_ID) : null, null, null, false, false, null, null));
        }
        moments(ticket, RESOLVED_TIMES).forEach(at -> contributions.add(
                Contribution.moment(CubeKind.RESOLVED, at, group, priority, type)));
        moments(ticket, REOPENED_TIMES).forEach(at -> contributions.add(
                Contribution.moment(CubeKind.REOPENED, at, group, priority, type)));
        moments(ticket, ESCALATED_TIMES).forEach(at -> contributions.add(
                Contribution.moment(CubeKind.ESCALATED, at, group, priority, type)));
        moment(ticket, CLOSED_AT, CubeKind.CLOSED, contributions);
        moment(ticket, CANCELLED_AT, CubeKind.CANCELLED, contributions);
        Date firstResponse = ticket.getDate(FIRST_RESPONSE_AT);
        if (firstResponse != null) {
            contributions.add(new Contribution(CubeKind.FIRST_RESPONSE, firstResponse.getTime(), group, priority, type,
                    null, null, null, null, number(ticket, FIRST_RESPONSE_SECONDS),
                    number(ticket, FIRST_RESPONSE_BUSINESS_SECONDS), false, false, null, null));
        }
        Date resolvedForGood = ticket.getDate(FINAL_RESOLVED_AT);
        if (resolvedForGood != null) {
            Long rating = number(ticket, SATISFACTION_RATING);
            Long reopenCount = number(ticket, REOPEN_COUNT);
            contributions.add(new Contribution(CubeKind.RESOLVED_FOR_GOOD, resolvedForGood.getTime(), group, priority,
                    type, null, ticket.getString(RESOLVED_BY), null, null, number(ticket, RESOLUTION_SECONDS),
                    number(ticket, RESOLUTION_BUSINESS_SECONDS),
                    Boolean.TRUE.equals(ticket.getBoolean(FIRST_CONTACT_RESOLUTION)),
                    reopenCount != null && reopenCount > 0, rating == null ? null : rating.intValue(), null));
        }
        outcome(ticket, FIRST_RESPONSE_SLA, FIRST_RESPONSE_SLA_AT, CubeKind.FIRST_RESPONSE_SLA, contributions);
        outcome(ticket, RESOLUTION_SLA, RESOLUTION_SLA_AT, CubeKind.RESOLUTION_SLA, contributions);
        return contributions;
    }

    private static void moment(Document ticket, String field, CubeKind kind, List<Contribution> contributions) {
        Date at = ticket.getDate(field);
        if (at != null) {
            contributions.add(Contribution.moment(kind, at.getTime(), ticket.getString(GROUP_ID),
                    ticket.getString(PRIORITY), ticket.getString(TYPE)));
        }
    }

    private static void outcome(Document ticket, String outcomeField, String atField, CubeKind kind,
            List<Contribution> contributions) {
        Date at = ticket.getDate(atField);
        String outcome = ticket.getString(outcomeField);
        if (at != null && outcome != null) {
            contributions.add(new Contribution(kind, at.getTime(), ticket.getString(GROUP_ID),
                    ticket.getString(PRIORITY), ticket.getString(TYPE), null, null, null, null, null, null, false,
                    false, null, outcome));
        }
    }

    private static List<Long> moments(Document ticket, String field) {
        List<Long> moments = new ArrayList<>();
        List<?> values = ticket.get(field, List.class);
        if (values != null) {
            for (Object value : values) {
                if (value instanceof Date date) {
                    moments.add(date.getTime());
                }
            }
        }
        return moments;
    }

    private static Long number(Document ticket, String field) {
        Number value = ticket.get(field, Number.class);
        return value == null ? null : value.longValue();
    }
}
