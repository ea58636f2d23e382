package dev.helpdesk.reporting.query;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/** The Mongo conditions of a {@link ReportFilter}, shared by every report. */
final class TicketSelection {

    private TicketSelection() {
    }

    /** The tickets the filter's group, priority and type select, with extra conditions. */
    static Bson of(ReportFilter filter, Bson... conditions) {
        List<Bson> all = new ArrayList<>(List.of(conditions));
        if (filter.groupIds() != null) {
            all.add(Filters.in(TicketFields.GROUP_ID, filter.groupIds()));
        }
        if (filter.priority() != null) {
            all.add(Filters.eq(TicketFields.PRIORITY, filter.priority()));
        }
        if (filter.type() != null) {
            all.add(Filters.eq(TicketFields.TYPE, filter.type()));
        }
        return all.isEmpty() ? Filters.empty() : Filters.and(all);
    }

    /**
     * The moment in {@code field} is in the period: at or after {@code from}, before {@code to}.
     * A ticket without that moment is left out rather than guessed (for {@code openedAt}: one
     * whose opened event has not arrived yet).
     */
    static Bson within(String field, ReportPeriod period) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.ne(field, null));
        if (period.from() != null) {
            conditions.add(Filters.gte(field, period.from()));
        }
        if (period.to() != null) {
            conditions.add(Filters.lt(field, period.to()));
        }
        return Filters.and(conditions);
    }
}
