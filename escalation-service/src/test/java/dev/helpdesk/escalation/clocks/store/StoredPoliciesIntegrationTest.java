package dev.helpdesk.escalation.clocks.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.calendars.DefaultCalendars;
import dev.helpdesk.escalation.calendars.store.CalendarMapping;
import dev.helpdesk.escalation.policies.PolicyConditions;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketFacts;
import dev.helpdesk.escalation.policies.TicketType;
import dev.helpdesk.escalation.policies.store.PolicyMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policies in memory against a real MongoDB-wire server: an edit through the same store is
 * seen by the next lookup, one through another instance's store once the refresh time is over.
 */
class StoredPoliciesIntegrationTest {

    private static final TicketFacts P1_INCIDENT = new TicketFacts(Priority.P1, TicketType.INCIDENT, null, null,
            false);
    private static final Duration LONG = Duration.ofHours(1);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private VersionedDocuments<SlaPolicy> policies;
    private VersionedDocuments<CalendarDefinition> calendars;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = client.getDatabase("escalation-test");
        policies = policiesOf(database);
        calendars = calendarsOf(database);
        DefaultCalendars.in(ZoneOffset.UTC).forEach(calendar -> calendars.create(calendar, "test"));
        policies.create(p1(Duration.ofHours(4)), "test");
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void anEditThroughTheSameStoreIsSeenByTheNextLookup() {
        StoredPolicies lookup = new StoredPolicies(policies, calendars, LONG);
        assertThat(resolutionTarget(lookup)).isEqualTo(Duration.ofHours(4));

        policies.update(p1(Duration.ofHours(2)), null, "admin");

        assertThat(resolutionTarget(lookup)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anEditThroughAnotherInstanceIsSeenOnceTheRefreshTimeIsOver() throws InterruptedException {
        StoredPolicies remembering = new StoredPolicies(policies, calendars, LONG);
        StoredPolicies refreshing = new StoredPolicies(policies, calendars, Duration.ofMillis(50));
        assertThat(resolutionTarget(remembering)).isEqualTo(Duration.ofHours(4));
        assertThat(resolutionTarget(refreshing)).isEqualTo(Duration.ofHours(4));

        policiesOf(database).update(p1(Duration.ofHours(2)), null, "admin on another instance");
        Thread.sleep(100);

        assertThat(resolutionTarget(refreshing)).isEqualTo(Duration.ofHours(2));
        assertThat(resolutionTarget(remembering)).as("still within its refresh time").isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aNewCalendarAndAPolicyOnItAreUsedTogether() {
        StoredPolicies lookup = new StoredPolicies(policies, calendars, LONG);
        assertThat(lookup.policyFor(P1_INCIDENT).orElseThrow().calendarId()).isEqualTo(DefaultCalendars.AROUND_THE_CLOCK);

        CalendarDefinition copy = calendars.find(DefaultCalendars.AROUND_THE_CLOCK).orElseThrow().value();
        calendars.create(new CalendarDefinition("ops-24x7", "Operations", copy.calendar()), "admin");
        policies.update(new SlaPolicy("p1", "P1", PolicyConditions.forPriorities(Priority.P1), Duration.ofMinutes(15),
                Duration.ofHours(4), "ops-24x7", SlaPolicy.DEFAULT_WARN_AT), null, "admin");

        assertThat(lookup.policyFor(P1_INCIDENT).orElseThrow().calendarId()).isEqualTo("ops-24x7");
    }

    private static Duration resolutionTarget(StoredPolicies lookup) {
        return lookup.policyFor(P1_INCIDENT).orElseThrow().targets().resolution();
    }

    private static SlaPolicy p1(Duration resolution) {
        return new SlaPolicy("p1", "P1", PolicyConditions.forPriorities(Priority.P1), Duration.ofMinutes(15),
                resolution, DefaultCalendars.AROUND_THE_CLOCK, SlaPolicy.DEFAULT_WARN_AT);
    }

    private static VersionedDocuments<SlaPolicy> policiesOf(MongoDatabase database) {
        return new VersionedDocuments<>("SLA policy", database, "sla_policies", "sla_policy_changes",
                new PolicyMapping(), Clock.systemUTC());
    }

    private static VersionedDocuments<CalendarDefinition> calendarsOf(MongoDatabase database) {
        return new VersionedDocuments<>("calendar", database, "sla_calendars", "sla_calendar_changes",
                new CalendarMapping(), Clock.systemUTC());
    }
}
