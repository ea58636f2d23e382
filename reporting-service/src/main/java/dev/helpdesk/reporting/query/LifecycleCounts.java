package dev.helpdesk.reporting.query;

/**
 * How many lifecycle events of each kind happened in a period, whenever their tickets were
 * opened: a ticket resolved twice in the period counts twice in {@code resolved}.
 */
public record LifecycleCounts(long resolved, long closed, long reopened, long cancelled) {

    public static final LifecycleCounts NONE = new LifecycleCounts(0, 0, 0, 0);
}
