package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A period read from the report cube: its whole hours from the cube's cells, and the partial hours
 * at its ends (a period from 09:35) from the documents with a moment there, read by
 * {@link TicketFields#MOMENTS} and counted one by one, so every figure is exact to the
 * millisecond. A period on whole hours reads no document.
 */
final class CubeSlice {

    private final ReportCube cube;
    private final long fromHour;
    private final long toHour;
    /** The contributions in the partial hours, each with its views. */
    private final List<Contribution> edges;

    private CubeSlice(ReportCube cube, long fromHour, long toHour, List<Contribution> edges) {
        this.cube = cube;
        this.fromHour = fromHour;
        this.toHour = toHour;
        this.edges = edges;
    }

    static CubeSlice of(ReportCube cube, MongoCollection<Document> tickets, ReportPeriod period) {
        return of(cube, tickets, period.from(), period.to());
    }

    /** @param from null for no lower end; @param to null for no upper end */
    static CubeSlice of(ReportCube cube, MongoCollection<Document> tickets, Instant from, Instant to) {
        Long fromMillis = from == null ? null : from.toEpochMilli();
        Long toMillis = to == null ? null : to.toEpochMilli();
        long fromHour = fromMillis == null ? Long.MIN_VALUE : Math.floorDiv(fromMillis + CubeLevels.HOUR - 1, CubeLevels.HOUR);
        long toHour = toMillis == null ? Long.MAX_VALUE : Math.floorDiv(toMillis, CubeLevels.HOUR);
        List<Contribution> edges = new ArrayList<>();
        if (fromMillis != null && toMillis != null && fromHour >= toHour) {
            edges.addAll(contributions(tickets, fromMillis, toMillis));
            return new CubeSlice(cube, 0, 0, edges);
        }
        if (fromMillis != null && fromMillis < fromHour * CubeLevels.HOUR) {
            edges.addAll(contributions(tickets, fromMillis, fromHour * CubeLevels.HOUR));
        }
        if (toMillis != null && toHour * CubeLevels.HOUR < toMillis) {
            edges.addAll(contributions(tickets, toHour * CubeLevels.HOUR, toMillis));
        }
        return new CubeSlice(cube, fromHour, toHour, edges);
    }

    /** The cells of one kind and view the filter selects, added up per cell key over the period. */
    Map<CellKey, CubeCell> cells(CubeKind kind, CubeView view, ReportFilter filter) {
        Map<CellKey, CubeCell> cells = new HashMap<>();
        cube.read(() -> {
            cube.collect(kind, view, fromHour, toHour, filter, cells);
            return null;
        });
        for (Contribution edge : edges) {
            if (edge.kind() != kind) {
                continue;
            }
            for (CubeView.Placement placement : CubeView.of(edge)) {
                if (placement.view() == view && placement.key().selectedBy(filter)) {
                    cells.computeIfAbsent(placement.key(), ignored -> new CubeCell()).add(edge, 1);
                }
            }
        }
        return cells;
    }

    /** One kind's cells of the main view the filter selects, all added up. */
    CubeCell total(CubeKind kind, ReportFilter filter) {
        CubeCell total = new CubeCell();
        cells(kind, CubeView.MAIN, filter).values().forEach(total::addAll);
        return total;
    }

    /** The contributions of the tickets with a moment in {@code [from, to)}, those moments only. */
    private static List<Contribution> contributions(MongoCollection<Document> tickets, long from, long to) {
        Date lower = new Date(from);
        Date upper = new Date(to);
        // The range alone lets the embedded server's index narrow the documents; $elemMatch makes
        // it one moment within both bounds, as MongoDB reads a range on an array otherwise.
        Document range = new Document("$gte", lower).append("$lt", upper);
        Bson someMoment = Filters.and(new Document(TicketFields.MOMENTS, range),
                Filters.elemMatch(TicketFields.MOMENTS, range));
        List<Contribution> contributions = new ArrayList<>();
        for (Document ticket : tickets.find(someMoment).projection(Projections.exclude(TicketFields.HISTORY))) {
            for (Contribution contribution : Contributions.of(ticket)) {
                if (contribution.at() >= from && contribution.at() < to) {
                    contributions.add(contribution);
                }
            }
        }
        return contributions;
    }
}
