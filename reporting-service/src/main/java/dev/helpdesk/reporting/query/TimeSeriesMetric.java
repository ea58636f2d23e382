package dev.helpdesk.reporting.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The figures a time series can count: each a kind of moment of the report cube, counted in the
 * interval it falls in, with the same meaning as in the summary.
 */
public enum TimeSeriesMetric {
    OPENED("opened", CubeKind.OPENED, false),
    RESOLVED("resolved", CubeKind.RESOLVED, false),
    CLOSED("closed", CubeKind.CLOSED, false),
    REOPENED("reopened", CubeKind.REOPENED, false),
    CANCELLED("cancelled", CubeKind.CANCELLED, false),
    ESCALATIONS("escalations", CubeKind.ESCALATED, false),
    FIRST_RESPONSES("firstResponses", CubeKind.FIRST_RESPONSE, false),
    /** First-response targets settled as breached, at the breach. */
    SLA_BREACHES_FIRST_RESPONSE("slaBreachesFirstResponse", CubeKind.FIRST_RESPONSE_SLA, true),
    SLA_BREACHES_RESOLUTION("slaBreachesResolution", CubeKind.RESOLUTION_SLA, true);

    private final String parameter;
    private final CubeKind kind;
    private final boolean breachesOnly;

    TimeSeriesMetric(String parameter, CubeKind kind, boolean breachesOnly) {
        this.parameter = parameter;
        this.kind = kind;
        this.breachesOnly = breachesOnly;
    }

    public String parameter() {
        return parameter;
    }

    CubeKind kind() {
        return kind;
    }

    /** The figure of the moments read from the cube. */
    long valueOf(CubeFigures figures) {
        return breachesOnly ? figures.breached() : figures.count();
    }

    public static Optional<TimeSeriesMetric> of(String parameter) {
        return Arrays.stream(values()).filter(metric -> metric.parameter.equals(parameter)).findFirst();
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(TimeSeriesMetric::parameter).toList();
    }
}
