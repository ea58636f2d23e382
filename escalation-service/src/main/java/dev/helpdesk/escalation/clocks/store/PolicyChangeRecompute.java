package dev.helpdesk.escalation.clocks.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the recompute after policy and calendar changes (decisions D32). It reads every policy
 * and calendar with its version; if that set differs from the one the last complete recompute was
 * made with (kept in {@code sla_recompute}), it puts every open clock under the policy that applies
 * now, as read in this pass, and then records the set it recomputed with. So nothing has to be
 * told about an edit: an edit made through any instance, or while this one was down, is seen by
 * the next pass, and a crash halfway through a recompute only means the next pass does it again
 * (a clock already under the edited policy is left as it is). An edit during a recompute makes the
 * set differ again, so the next pass recomputes once more. Two instances may both recompute; their
 * writes are conditional on the clock's version, and the second finds nothing left to change.
 */
final class PolicyChangeRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyChangeRecompute.class);
    static final String COLLECTION = "sla_recompute";
    private static final String ID = "policies";

    private final VersionedDocuments<SlaPolicy> policies;
    private final VersionedDocuments<CalendarDefinition> calendars;
    private final TicketClocks clocks;
    private final MongoCollection<Document> done;
    private final Clock clock;
    private final int batchSize;

    PolicyChangeRecompute(VersionedDocuments<SlaPolicy> policies, VersionedDocuments<CalendarDefinition> calendars,
            TicketClocks clocks, MongoDatabase database, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("helpdesk.sla.recompute-batch must be at least 1, not " + batchSize);
        }
        this.policies = policies;
        this.calendars = calendars;
        this.clocks = clocks;
        this.done = database.getCollection(COLLECTION);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** @return how many clocks this pass changed */
    int runOnce() {
        // calendars after policies: a policy names a calendar that existed before it
        List<Versioned<SlaPolicy>> currentPolicies = policies.allVersioned();
        List<Versioned<CalendarDefinition>> currentCalendars = calendars.allVersioned();
        String definitions = versionsOf(currentPolicies, currentCalendars);
        Document last = done.find(Filters.eq("_id", ID)).first();
        if (last != null && definitions.equals(last.getString("definitions"))) {
            return 0;
        }
        PolicyLookup lookup = StoredPolicies.lookupOf(currentPolicies.stream().map(Versioned::value).toList(),
                currentCalendars.stream().map(Versioned::value).toList());
        Instant now = clock.instant();
        int changed = 0;
        String after = "";
        while (true) {
            List<String> open = clocks.openClocksAfter(after, batchSize);
            for (String ticketId : open) {
                if (clocks.recompute(ticketId, now, lookup)) {
                    changed++;
                }
            }
            if (open.size() < batchSize) {
                break;
            }
            after = open.get(open.size() - 1);
        }
        done.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("definitions", definitions)
                .append("at", Date.from(now)).append("changed", changed), new ReplaceOptions().upsert(true));
        if (changed > 0) {
            LOG.info("SLA policies or calendars changed: {} open clocks recomputed", changed);
        }
        return changed;
    }

    /** Every definition's id and version, e.g. {@code policy default-p1@2}: equal exactly when nothing changed. */
    private static String versionsOf(List<Versioned<SlaPolicy>> policies, List<Versioned<CalendarDefinition>> calendars) {
        return Stream.concat(
                policies.stream().map(policy -> "policy " + policy.value().id() + "@" + policy.version()),
                calendars.stream().map(calendar -> "calendar " + calendar.value().id() + "@" + calendar.version()))
                .collect(Collectors.joining("\n"));
    }
}
