package dev.helpdesk.reporting.query;

/**
 * What one moment of one ticket adds to the report cube: its kind and instant, the ticket's
 * current group, priority and type (the report filters), and the measures of that kind.
 *
 * @param at               the moment, in epoch milliseconds
 * @param status           the ticket's status now (counted for {@link CubeKind#OPENED})
 * @param detail           the breakdown value of the kind: the resolver for
 *                         {@link CubeKind#RESOLVED_FOR_GOOD}, else null
 * @param category         the category, for an INCIDENT's {@link CubeKind#OPENED} (recurring incidents)
 * @param assetId          the affected asset, likewise
 * @param seconds          the wall-clock duration of a first response or resolution, or null
 * @param businessSeconds  its business time, or null
 * @param firstContact     resolved for good at first contact
 * @param reopened         resolved for good after at least one reopening
 * @param rating           the satisfaction rating of a ticket resolved for good, or null
 * @param outcome          MET or BREACHED for an SLA target's moment, else null
 */
record Contribution(CubeKind kind, long at, String groupId, String priority, String type, String status,
        String detail, String category, String assetId, Long seconds, Long businessSeconds, boolean firstContact,
        boolean reopened, Integer rating, String outcome) {

    static Contribution moment(CubeKind kind, long at, String groupId, String priority, String type) {
        return new Contribution(kind, at, groupId, priority, type, null, null, null, null, null, null, false, false,
                null, null);
    }
}
