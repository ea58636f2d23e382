package dev.helpdesk.reporting.query;

/**
 * SLA compliance of a period, per target: of the targets whose outcome was settled in the period,
 * how many were met and how many breached (docs/reports.md).
 */
public record SlaCompliance(Target firstResponse, Target resolution) {

    /**
     * @param percent met of met plus breached, to one decimal; null when none was settled
     */
    public record Target(long met, long breached, Double percent) {

        static Target of(long met, long breached) {
            return new Target(met, breached, Figures.percent(met, met + breached));
        }
    }
}
