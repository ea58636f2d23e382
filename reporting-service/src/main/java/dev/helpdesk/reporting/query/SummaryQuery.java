package dev.helpdesk.reporting.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes the summary report, each figure as defined in docs/reports.md, from the report cube
 * (D105): every figure is a kind of moment in the period (opened, first response, resolved for good,
 * outcome of an SLA target, ...) added up from the cube's cells, and the backlog from the open
 * tickets the cube keeps. Nothing is scanned or derived from events at query time.
 */
@Component
public class SummaryQuery {

    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");
    /** The lifecycle order of DESIGN.md section 4, so the statuses read like the workflow. */
    public static final List<String> STATUS_ORDER = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING", "RESOLVED",
            "CLOSED", "CANCELLED");

    private final ReportCubes cubes;
    private final Clock clock;

    public SummaryQuery(ReportCubes cubes, Clock clock) {
        this.cubes = cubes;
        this.clock = clock;
    }

    public ReportSummary summarize(ReportFilter filter) {
        ReportCube cube = cubes.serving();
        CubeSlice slice = CubeSlice.of(cube, filter.period());
        ReportPeriod period = filter.period();
        Instant now = clock.instant();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        PRIORITIES.forEach(priority -> byPriority.put(priority, 0L));
        slice.by(CubeKind.OPENED, CubeView.MAIN, filter, CubeGrouping.PRIORITY, CubeSum.Percentiles.NONE)
                .forEach((priority, figures) -> {
                    if (priority != null) {
                        byPriority.merge(priority, figures.count(), Long::sum);
                    }
                });
        CubeFigures opened = slice.total(CubeKind.OPENED, filter);
        List<OpenTicket> backlog = cube.read(cube::openTickets).stream().filter(ticket -> ticket.selectedBy(filter))
                .toList();
        CubeFigures resolvedForGood = slice.total(CubeKind.RESOLVED_FOR_GOOD, filter);
        return new ReportSummary(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(),
                filter.priority(), filter.type(), now,
                opened.count(),
                slice.total(CubeKind.RESOLVED, filter).count(),
                slice.total(CubeKind.CLOSED, filter).count(),
                slice.total(CubeKind.REOPENED, filter).count(),
                slice.total(CubeKind.CANCELLED, filter).count(),
                backlog.size(), byPriority, inLifecycleOrder(opened.statuses()),
                BacklogAges.of(backlog, now),
                slice.total(CubeKind.FIRST_RESPONSE, filter).time(),
                resolvedForGood.time(),
                new SlaCompliance(target(slice.total(CubeKind.FIRST_RESPONSE_SLA, filter)),
                        target(slice.total(CubeKind.RESOLUTION_SLA, filter))),
                Share.of(resolvedForGood.count(), resolvedForGood.firstContact()),
                Share.of(resolvedForGood.count(), resolvedForGood.reopened()),
                slice.total(CubeKind.ESCALATED, filter).count(),
                Satisfaction.of(resolvedForGood.count(), resolvedForGood.rated(), resolvedForGood.ratingSum()));
    }

    private static SlaCompliance.Target target(CubeFigures settled) {
        return SlaCompliance.Target.of(settled.met(), settled.breached());
    }

    /** Known statuses in workflow order, then any a newer producer added, alphabetically. */
    private static Map<String, Long> inLifecycleOrder(Map<String, Long> byStatus) {
        List<String> statuses = new ArrayList<>(byStatus.keySet());
        statuses.sort((a, b) -> {
            int rankA = rank(a);
            int rankB = rank(b);
            return rankA != rankB ? Integer.compare(rankA, rankB) : a.compareTo(b);
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        statuses.forEach(status -> ordered.put(status, byStatus.get(status)));
        return ordered;
    }

    private static int rank(String status) {
        int index = STATUS_ORDER.indexOf(status);
        return index < 0 ? STATUS_ORDER.size() : index;
    }
}
