package dev.helpdesk.escalation.clocks.store;

import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.policies.PolicyMatching;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketFacts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The policies and calendars as they are stored, kept in memory for at most {@code refresh}: every
 * ticket event asks which policy applies, and reading every policy and a calendar from the store
 * each time was most of this service's work per event (docs/benchmarks.md). An edit made through
 * this instance is seen at once (the stores count their writes); one made through another
 * instance within {@code refresh} (decisions D27).
 *
 * <p>A policy names a calendar that exists (its writes check it, and there is no delete), so a
 * missing one is a fault worth a retry, not a ticket without SLA.
 */
final class StoredPolicies implements PolicyLookup {

    private final VersionedDocuments<SlaPolicy> policies;
    private final VersionedDocuments<CalendarDefinition> calendars;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    StoredPolicies(VersionedDocuments<SlaPolicy> policies, VersionedDocuments<CalendarDefinition> calendars,
            Duration refresh) {
        this.policies = policies;
        this.calendars = calendars;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public Optional<PolicyInForce> policyFor(TicketFacts facts) {
        Snapshot current = current();
        return PolicyMatching.mostSpecific(current.policies(), facts).map(current::inForce);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.loadedAt() < refreshNanos && known.policyWrites() == policies.writes()
                && known.calendarWrites() == calendars.writes()) {
            return known;
        }
        // Counted before reading, so a write racing with the read makes the next call read again.
        long policyWrites = policies.writes();
        long calendarWrites = calendars.writes();
        Snapshot loaded = new Snapshot(policies.all(),
                calendars.all().stream().collect(Collectors.toMap(CalendarDefinition::id, Function.identity())),
                now, policyWrites, calendarWrites);
        snapshot = loaded;
        return loaded;
    }

    /** What these policies and calendars say applies, without reading the store again. */
    static PolicyLookup lookupOf(List<SlaPolicy> policies, List<CalendarDefinition> calendars) {
        Snapshot snapshot = new Snapshot(policies,
                calendars.stream().collect(Collectors.toMap(CalendarDefinition::id, Function.identity())), 0, 0, 0);
        return facts -> PolicyMatching.mostSpecific(snapshot.policies(), facts).map(snapshot::inForce);
    }

    private record Snapshot(List<SlaPolicy> policies, Map<String, CalendarDefinition> calendars, long loadedAt,
            long policyWrites, long calendarWrites) {

        PolicyInForce inForce(SlaPolicy policy) {
            CalendarDefinition calendar = calendars.get(policy.calendarId());
            if (calendar == null) {
                throw new IllegalStateException("SLA policy " + policy.id() + " names calendar "
                        + policy.calendarId() + ", which does not exist");
            }
            SlaTargets targets = new SlaTargets(policy.firstResponse(), policy.resolution(),
                    policy.warnAt().stream().map(Threshold::of).toList());
            return new PolicyInForce(policy.id(), calendar.id(), targets, calendar.calendar());
        }
    }
}
