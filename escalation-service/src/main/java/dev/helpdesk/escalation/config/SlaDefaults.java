package dev.helpdesk.escalation.config;

import dev.helpdesk.escalation.admin.IdTaken;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.calendars.DefaultCalendars;
import dev.helpdesk.escalation.policies.DefaultPolicies;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the default calendars and policies (DESIGN.md section 4) at start-up, before the
 * service reports ready and before the tickets consumer starts. Safe on every start and on
 * several instances at once: a definition that exists, or that another instance creates at the
 * same moment (the unique id admits one), counts as done, and an existing one is never changed,
 * whatever admins did to it since.
 *
 * <p>{@code helpdesk.sla.default-zone} (an IANA zone, default {@code UTC}) is the zone of the
 * seeded calendars when they are first created; later they are changed through the API.
 * {@code helpdesk.sla.seed-defaults=false} seeds nothing (the indexes are still created).
 */
@Component
public class SlaDefaults implements SmartInitializingSingleton {

    static final String ACTOR = "escalation-service";
    private static final Logger LOG = LoggerFactory.getLogger(SlaDefaults.class);

    private final VersionedDocuments<CalendarDefinition> calendars;
    private final VersionedDocuments<SlaPolicy> policies;
    private final ZoneId zone;
    private final boolean seed;

    SlaDefaults(VersionedDocuments<CalendarDefinition> calendars, VersionedDocuments<SlaPolicy> policies,
            @Value("${helpdesk.sla.default-zone:UTC}") String zone,
            @Value("${helpdesk.sla.seed-defaults:true}") boolean seed) {
        this.calendars = calendars;
        this.policies = policies;
        this.zone = zoneOf(zone);
        this.seed = seed;
    }

    /**
     * Runs once every bean exists and before any is started, so before the tickets consumer reads
     * its first record: an opened ticket always finds the seeded policies.
     */
    @Override
    public void afterSingletonsInstantiated() {
        calendars.createIndexes();
        policies.createIndexes();
        if (seed) {
            seed();
        }
    }

    /** @return how many definitions this call created (0 when all were there already) */
    public int seed() {
        // calendars first: the policies name them
        int createdCalendars = createMissing(calendars, DefaultCalendars.in(zone));
        int createdPolicies = createMissing(policies, DefaultPolicies.all());
        LOG.info("SLA defaults: {} calendars and {} policies created, the others were there already",
                createdCalendars, createdPolicies);
        return createdCalendars + createdPolicies;
    }

    private static <T> int createMissing(VersionedDocuments<T> documents, List<T> defaults) {
        int created = 0;
        for (T definition : defaults) {
            try {
                documents.create(definition, ACTOR);
                created++;
            } catch (IdTaken present) {
                // seeded before, or by another instance just now
            }
        }
        return created;
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("helpdesk.sla.default-zone must be an IANA time zone such as UTC or"
                    + " Europe/Berlin, not '" + zone + "'", e);
        }
    }
}
