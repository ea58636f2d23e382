package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.*;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * One row of text per ticket for the export (issue 7 item 6): the tickets opened in the period
 * (population 1 of docs/reports.md) with the facts their documents already hold, read from a
 * MongoDB cursor one batch at a time, so an export of any size never sits in memory. Columns and
 * their definitions: docs/reports.md, "The export"; the values are plain text (ISO-8601 instants
 * in UTC, decimal points), quoting is the writer's business.
 */
@Component
public class TicketExportQuery {

    /** Rows fetched from MongoDB at a time: a few hundred kilobytes, whatever the export's size. */
    static final int BATCH = 500;

    private static final List<Column> COLUMNS = List.of(
            new Column("ticketId", text(TICKET_ID)),
            new Column("number", text(NUMBER)),
            new Column("type", text(TYPE)),
            new Column("status", text(STATUS)),
            new Column("priority", text(PRIORITY)),
            new Column("category", text(CATEGORY)),
            new Column("channel", text(CHANNEL)),
            new Column("subject", text(SUBJECT)),
            new Column("groupId", text(GROUP_ID)),
            new Column("assigneeId", text(ASSIGNEE_ID)),
            new Column("requesterId", text(REQUESTER_ID)),
            new Column("assetId", text(ASSET_ID)),
            new Column("openedAt", moment(OPENED_AT)),
            new Column("firstResponseAt", moment(FIRST_RESPONSE_AT)),
            new Column("resolvedAt", moment(FINAL_RESOLVED_AT)),
            new Column("closedAt", moment(CLOSED_AT)),
            new Column("cancelledAt", moment(CANCELLED_AT)),
            new Column("firstResponseMinutes", minutes(FIRST_RESPONSE_SECONDS)),
            new Column("resolutionMinutes", minutes(RESOLUTION_SECONDS)),
            new Column("firstResponseSla", text(FIRST_RESPONSE_SLA)),
            new Column("resolutionSla", text(RESOLUTION_SLA)),
            new Column("slaWarnings", number(SLA_WARNINGS)),
            new Column("reopenCount", number(REOPEN_COUNT)),
            new Column("escalationCount", document -> Integer.toString(
                    document.getList(ESCALATED_TIMES, Date.class, List.of()).size())),
            new Column("reassigned", flag(REASSIGNED)),
            new Column("pended", flag(PENDED)),
            new Column("firstContactResolution", flag(FIRST_CONTACT_RESOLUTION)),
            new Column("resolutionCode", text(RESOLUTION_CODE)),
            new Column("resolvedBy", text(RESOLVED_BY)),
            new Column("satisfactionRating", number(SATISFACTION_RATING)),
            new Column("ratedAt", moment(RATED_AT)));

    private final ProjectionState projections;

    public TicketExportQuery(ProjectionState projections) {
        this.projections = projections;
    }

    /** The header row: the column names, in order. */
    public static List<String> columns() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /**
     * Hands every selected ticket's row to {@code row}, oldest opened first, as the cursor
     * delivers them. Only the facts travel, never a ticket's history.
     *
     * @param status only tickets now in this status, or null for all
     */
    public void forEachRow(ReportFilter filter, String status, Consumer<List<String>> row) {
        List<Bson> conditions = new ArrayList<>(List.of(TicketSelection.within(OPENED_AT, filter.period())));
        if (status != null) {
            conditions.add(Filters.eq(STATUS, status));
        }
        // Sorted by the indexed moment alone, so real MongoDB walks its index instead of sorting
        // the whole selection in memory (which it refuses beyond 100 MB).
        try (MongoCursor<Document> cursor = projections.serving()
                .find(TicketSelection.of(filter, conditions.toArray(Bson[]::new)))
                .projection(Projections.exclude(HISTORY))
                .sort(Sorts.ascending(OPENED_AT))
                .batchSize(BATCH)
                .cursor()) {
            while (cursor.hasNext()) {
                Document ticket = cursor.next();
                List<String> cells = new ArrayList<>(COLUMNS.size());
                COLUMNS.forEach(column -> cells.add(column.value().apply(ticket)));
                row.accept(cells);
            }
        }
    }

    private record Column(String name, Function<Document, String> value) {
    }

    private static Function<Document, String> text(String field) {
        return document -> document.get(field) == null ? "" : document.get(field).toString();
    }

    private static Function<Document, String> number(String field) {
        return document -> {
            Number value = document.get(field, Number.class);
            return value == null ? "" : Long.toString(value.longValue());
        };
    }

    private static Function<Document, String> flag(String field) {
        return document -> {
            Boolean value = document.getBoolean(field);
            return value == null ? "" : value.toString();
        };
    }

    private static Function<Document, String> moment(String field) {
        return document -> {
            Date value = document.getDate(field);
            return value == null ? "" : value.toInstant().toString();
        };
    }

    /** Whole seconds as minutes to one decimal: what a spreadsheet sums and averages. */
    private static Function<Document, String> minutes(String secondsField) {
        return document -> {
            Number seconds = document.get(secondsField, Number.class);
            return seconds == null ? ""
                    : BigDecimal.valueOf(seconds.longValue()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                            .toPlainString();
        };
    }
}
