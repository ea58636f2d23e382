package dev.helpdesk.reporting.query;

/** How a query groups what it reads from the report cube. */
enum CubeGrouping {
    /** One total. */
    ALL,
    /** Per priority. */
    PRIORITY,
    /** Per the view's value: the agent, the category, the asset. */
    VALUE;

    /** The group of a cell; {@code key.detail()} is the view's value. */
    String of(CellKey key) {
        return of(key, key.detail());
    }

    String of(CellKey key, String value) {
        return switch (this) {
            case PRIORITY -> key.priority();
            case VALUE -> value;
            case ALL -> "";
        };
    }
}
