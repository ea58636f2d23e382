package dev.helpdesk.reporting.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Per agent: the open tickets assigned to them now (of those opened in the period, as the
 * summary's backlog), and of the tickets they resolved for good in the period how many, how fast
 * (median) and how well rated. Both from the report cube (D105): the open tickets it keeps, and its
 * resolutions-for-good by resolver.
 */
@Component
public class AgentsQuery {

    private final ReportCubes cubes;

    public AgentsQuery(ReportCubes cubes) {
        this.cubes = cubes;
    }

    public AgentsReport agents(ReportFilter filter) {
        ReportCube cube = cubes.serving();
        Map<String, Long> openLoad = new TreeMap<>();
        for (OpenTicket ticket : cube.read(cube::openTickets)) {
            if (ticket.assigneeId() != null && ticket.selectedBy(filter)) {
                openLoad.merge(ticket.assigneeId(), 1L, Long::sum);
            }
        }
        Map<String, AgentsReport.Agent> agents = new TreeMap<>();
        CubeSlice.of(cube, filter.period())
                .by(CubeKind.RESOLVED_FOR_GOOD, CubeView.AGENTS, filter, CubeGrouping.VALUE, CubeSum.Percentiles.MEDIAN)
                .forEach((agentId, resolved) -> agents.put(agentId, new AgentsReport.Agent(agentId,
                        openLoad.getOrDefault(agentId, 0L), resolved.count(), resolved.medianSeconds(),
                        resolved.rated(), Figures.mean(resolved.ratingSum(), resolved.rated()))));
        openLoad.forEach((agentId, load) -> agents.putIfAbsent(agentId,
                new AgentsReport.Agent(agentId, load, 0, null, 0, null)));
        ReportPeriod period = filter.period();
        return new AgentsReport(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), List.copyOf(agents.values()));
    }
}
