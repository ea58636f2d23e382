package dev.helpdesk.reporting.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The backlog by group, priority, category, type or channel: the open tickets the report cube keeps
 * (D105), those the filter selects (opened in the period, if one is given), per value of the
 * dimension and per age class.
 */
@Component
public class BacklogQuery {

    private final ReportCubes cubes;
    private final Clock clock;

    public BacklogQuery(ReportCubes cubes, Clock clock) {
        this.cubes = cubes;
        this.clock = clock;
    }

    public BacklogBreakdown breakdown(ReportFilter filter, BacklogDimension dimension) {
        Instant now = clock.instant();
        ReportCube cube = cubes.serving();
        Map<String, List<OpenTicket>> byValue = new HashMap<>();
        for (OpenTicket ticket : cube.read(cube::openTickets)) {
            if (ticket.selectedBy(filter)) {
                byValue.computeIfAbsent(ticket.valueOf(dimension), ignored -> new ArrayList<>()).add(ticket);
            }
        }
        List<BacklogBreakdown.Item> sorted = new ArrayList<>();
        byValue.forEach((key, tickets) -> sorted.add(new BacklogBreakdown.Item(key, tickets.size(),
                Instant.ofEpochMilli(tickets.stream().mapToLong(OpenTicket::openedAt).min().orElseThrow()),
                BacklogAges.of(tickets, now))));
        sorted.sort(Comparator.comparingLong(BacklogBreakdown.Item::backlog).reversed()
                .thenComparing(BacklogBreakdown.Item::key, Comparator.nullsLast(Comparator.naturalOrder())));
        long backlog = sorted.stream().mapToLong(BacklogBreakdown.Item::backlog).sum();
        ReportPeriod period = filter.period();
        return new BacklogBreakdown(dimension.parameter(), period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), now, backlog, sorted);
    }
}
