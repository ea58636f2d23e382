package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The breakdowns the report cube keeps, each a set of cells per bucket of days. {@link #MAIN}
 * holds every kind by group, priority and type; the others add one value for one report.
 */
enum CubeView {
    MAIN,
    /** RESOLVED_FOR_GOOD by the agent who resolved it (the agents report). */
    AGENTS,
    /** OPENED incidents by category (recurring incidents). */
    CATEGORIES,
    /** OPENED incidents by affected asset. */
    ASSETS;

    private static final String INCIDENT = "INCIDENT";

    /** A contribution's cell in one view. */
    record Placement(CubeView view, CellKey key) {
    }

    /** The views a contribution is counted in, with its cell key in each. */
    static List<Placement> of(Contribution contribution) {
        List<Placement> placements = new ArrayList<>(2);
        String group = contribution.groupId();
        String priority = contribution.priority();
        String type = contribution.type();
        placements.add(new Placement(MAIN, new CellKey(group, priority, type, null)));
        if (contribution.kind() == CubeKind.RESOLVED_FOR_GOOD && contribution.detail() != null) {
            placements.add(new Placement(AGENTS, new CellKey(group, priority, type, contribution.detail())));
        }
        if (contribution.kind() == CubeKind.OPENED && INCIDENT.equals(type)) {
            placements.add(new Placement(CATEGORIES, new CellKey(group, priority, type, contribution.category())));
            if (contribution.assetId() != null) {
                placements.add(new Placement(ASSETS, new CellKey(group, priority, type, contribution.assetId())));
            }
        }
        return placements;
    }

    /**
     * Whether a single contribution, kept in an hour's columns, counts in this view: the same rule
     * as {@link #of(Contribution)}.
     */
    boolean holds(CubeKind kind, CellKey key, HourColumns columns, int row) {
        return switch (this) {
            case MAIN -> true;
            case AGENTS -> kind == CubeKind.RESOLVED_FOR_GOOD && columns.detail(row) != HourColumns.NONE;
            case CATEGORIES -> kind == CubeKind.OPENED && INCIDENT.equals(key.type());
            case ASSETS -> kind == CubeKind.OPENED && INCIDENT.equals(key.type())
                    && columns.asset(row) != HourColumns.NONE;
        };
    }

    /** The view's value of a single contribution: the agent, category or asset; null for MAIN. */
    String valueOf(HourColumns columns, int row, CubeNames names) {
        return switch (this) {
            case MAIN -> null;
            case AGENTS, CATEGORIES -> names.name(columns.detail(row));
            case ASSETS -> names.name(columns.asset(row));
        };
    }
}
