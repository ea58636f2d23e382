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
import java.util.function.Function;
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
    /** The contributions in the partial hours. */
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
        long fromHour = fromMillis == null ? Long.MIN_VALUE
                : Math.floorDiv(fromMillis + CubeLevels.HOUR - 1, CubeLevels.HOUR);
        long toHour = toMillis == null ? Long.MAX_VALUE : Math.floorDiv(toMillis, CubeLevels.HOUR);
        List<Contribution> edges = new ArrayList<>();
        if (fromMillis != null && toMillis != null && fromHour >= toHour) {
            edges.addAll(contributions(cube, tickets, fromMillis, toMillis));
            return new CubeSlice(cube, 0, 0, edges);
        }
        if (fromMillis != null && fromMillis < fromHour * CubeLevels.HOUR) {
            edges.addAll(contributions(cube, tickets, fromMillis, fromHour * CubeLevels.HOUR));
        }
        if (toMillis != null && toHour * CubeLevels.HOUR < toMillis) {
            edges.addAll(contributions(cube, tickets, toHour * CubeLevels.HOUR, toMillis));
        }
        return new CubeSlice(cube, fromHour, toHour, edges);
    }

    /** One kind's figures over the period, of the tickets the filter selects. */
    CubeFigures total(CubeKind kind, ReportFilter filter) {
        return by(kind, CubeView.MAIN, filter, key -> "").getOrDefault("", new CubeSum().figures());
    }

    /**
     * One kind's figures over the period per value of {@code groupBy} (which may be null), from the
     * cells of the view the filter selects.
     */
    Map<String, CubeFigures> by(CubeKind kind, CubeView view, ReportFilter filter,
            Function<CellKey, String> groupBy) {
        return cube.read(() -> {
            Map<String, CubeSum> sums = new HashMap<>();
            cube.collect(kind, view, fromHour, toHour, (key, cell) -> {
                if (key.selectedBy(filter)) {
                    sums.computeIfAbsent(groupBy.apply(key), ignored -> new CubeSum()).add(cell);
                }
            });
            for (Contribution edge : edges) {
                if (edge.kind() != kind) {
                    continue;
                }
                for (CubeView.Placement placement : CubeView.of(edge)) {
                    if (placement.view() == view && placement.key().selectedBy(filter)) {
                        sums.computeIfAbsent(groupBy.apply(placement.key()), ignored -> new CubeSum()).add(edge);
                    }
                }
            }
            Map<String, CubeFigures> figures = new HashMap<>();
            sums.forEach((group, sum) -> figures.put(group, sum.figures()));
            return figures;
        });
    }

    /**
     * The contributions with a moment in {@code [from, to)}, which lies within one hour: from the
     * hours the cube keeps, else from the documents with a moment in that hour, which the cube then
     * keeps.
     */
    private static List<Contribution> contributions(ReportCube cube, MongoCollection<Document> tickets, long from,
            long to) {
        long hour = Math.floorDiv(from, CubeLevels.HOUR);
        List<Contribution> inHour = cube.edgeHour(hour);
        if (inHour == null) {
            inHour = read(cube, tickets, hour);
        }
        return inHour.stream().filter(contribution -> contribution.at() >= from && contribution.at() < to).toList();
    }

    private static List<Contribution> read(ReportCube cube, MongoCollection<Document> tickets, long hour) {
        Date lower = new Date(hour * CubeLevels.HOUR);
        Date upper = new Date((hour + 1) * CubeLevels.HOUR);
        // The range alone lets the embedded server's index narrow the documents; $elemMatch makes
        // it one moment within both bounds, as MongoDB reads a range on an array otherwise.
        Document range = new Document("$gte", lower).append("$lt", upper);
        Bson someMoment = Filters.and(new Document(TicketFields.MOMENTS, range),
                Filters.elemMatch(TicketFields.MOMENTS, range));
        Map<String, Long> versions = new HashMap<>();
        Map<String, List<Contribution>> contributions = new HashMap<>();
        for (Document ticket : tickets.find(someMoment).projection(Projections.exclude(TicketFields.HISTORY))) {
            String ticketId = ticket.getString(TicketFields.TICKET_ID);
            versions.put(ticketId, TicketDocuments.versionOf(ticket));
            contributions.put(ticketId, Contributions.of(ticket).stream()
                    .filter(contribution -> Math.floorDiv(contribution.at(), CubeLevels.HOUR) == hour).toList());
        }
        return cube.keepEdgeHour(hour, versions, contributions);
    }
}
