package dev.helpdesk.escalation.problems.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.escalation.problems.CandidateStatus;
import dev.helpdesk.escalation.problems.CandidateStore;
import dev.helpdesk.escalation.problems.Occurrence;
import dev.helpdesk.escalation.problems.OpenedIncident;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import dev.helpdesk.escalation.problems.RecategorizedTicket;
import dev.helpdesk.escalation.problems.RecurrenceRule;
import dev.helpdesk.escalation.problems.RecurringIncidents;
import dev.helpdesk.escalation.problems.RecurringIncidents.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recurring-incident detection on a real MongoDB-wire server, through the stores the service uses:
 * counting, the window, redelivery, recategorisation, and two instances counting at once.
 */
class RecurringIncidentsIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private MongoServer server;
    private final List<MongoClient> clients = new ArrayList<>();
    private MongoCandidateStore candidates;
    private MongoOccurrenceStore occurrences;
    private RecurringIncidents incidents;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        incidents = instance();
        candidates = new MongoCandidateStore(database());
        occurrences = new MongoOccurrenceStore(database());
    }

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }

    /** One instance of the service: its own client to the shared database. */
    private RecurringIncidents instance() {
        MongoDatabase database = database();
        MongoOccurrenceStore occurrences = new MongoOccurrenceStore(database);
        MongoCandidateStore store = new MongoCandidateStore(database);
        occurrences.createIndexes();
        store.createIndexes();
        return new RecurringIncidents(occurrences, store, new RecurrenceRule(5, Duration.ofHours(24)),
                Clock.systemUTC());
    }

    private MongoDatabase database() {
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        clients.add(client);
        return client.getDatabase("escalation-test");
    }

    private static OpenedIncident incident(String category, Duration after) {
        return new OpenedIncident(UUID.randomUUID().toString(), 1, T0.plus(after), category);
    }

    private List<String> incidentsOf(ProblemCandidate candidate) {
        return occurrences.members(candidate.id()).stream().map(Occurrence::ticketId).toList();
    }

    private List<ProblemCandidate> candidates(CandidateStatus status) {
        CandidateStore.Found found = candidates.list(status, 0, 100);
        return found.candidates();
    }

    @Test
    void theFifthIncidentOfACategoryWithinADayRaisesOneCandidateAndLaterOnesJoinIt() {
        List<OpenedIncident> opened = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        String[] spellings = {"Network", " network", "NETWORK ", "Network", "network", "Network"};
        for (int i = 0; i < spellings.length; i++) {
            OpenedIncident incident = incident(spellings[i], Duration.ofHours(4L * i));
            opened.add(incident);
            outcomes.add(incidents.opened(incident));
        }

        assertThat(outcomes).containsExactly(Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED,
                Outcome.RAISED, Outcome.JOINED);
        assertThat(candidates(CandidateStatus.OPEN)).singleElement().satisfies(candidate -> {
            assertThat(candidate.category()).isEqualTo("Network");
            assertThat(candidate.key()).isEqualTo("network");
            assertThat(incidentsOf(candidate)).containsExactlyElementsOf(opened.stream().map(OpenedIncident::ticketId)
                    .toList());
            assertThat(candidate.detection().incidentIds()).hasSize(5);
            assertThat(candidate.firstIncidentAt()).isEqualTo(T0);
            assertThat(candidate.lastIncidentAt()).isEqualTo(T0.plus(Duration.ofHours(20)));
            assertThat(candidate.detection().lastIncidentAt()).isEqualTo(T0.plus(Duration.ofHours(16)));
        });
        assertThat(candidates.pending(10)).hasSize(1);
    }

    @Test
    void redeliveredIncidentsCountOnceAndRaiseNothingMore() {
        List<OpenedIncident> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OpenedIncident incident = incident("printing", Duration.ofMinutes(10L * i));
            opened.add(incident);
            incidents.opened(incident);
            incidents.opened(incident);
        }
        opened.forEach(incidents::opened);

        assertThat(candidates(null)).singleElement()
                .satisfies(candidate -> assertThat(incidentsOf(candidate)).hasSize(5).doesNotHaveDuplicates());
        assertThat(incidents.opened(opened.get(0))).isEqualTo(Outcome.ALREADY_IN_A_CANDIDATE);
    }

    @Test
    void incidentsOutsideTheWindowOrOfOtherCategoriesOrWithoutOneDoNotCount() {
        incidents.opened(incident("mail", Duration.ofHours(-25)));
        incidents.opened(incident("printing", Duration.ZERO));
        assertThat(incidents.opened(incident(null, Duration.ZERO))).isEqualTo(Outcome.UNCATEGORIZED);
        for (int i = 1; i <= 4; i++) {
            incidents.opened(incident("mail", Duration.ofMinutes(i)));
        }

        assertThat(candidates(null)).isEmpty();
        assertThat(incidents.opened(incident("mail", Duration.ofHours(24)))).isEqualTo(Outcome.RAISED);
    }

    @Test
    void incidentsOfOneAssetFormTheirOwnPatternAndKeepItWhenRecategorized() {
        String laptop = "5d1f0c2e-7a3b-4c6d-9e8f-0a1b2c3d4e5f";
        OpenedIncident misfiled = new OpenedIncident(UUID.randomUUID().toString(), 1, T0, "misc", laptop);
        incidents.opened(misfiled);
        for (int i = 1; i <= 3; i++) {
            incidents.opened(new OpenedIncident(UUID.randomUUID().toString(), 1, T0.plus(Duration.ofMinutes(i)),
                    "Docking", laptop));
        }
        for (int i = 1; i <= 4; i++) {
            incidents.opened(incident("docking", Duration.ofMinutes(i))); // no asset: another pattern
        }
        assertThat(candidates(null)).isEmpty();

        assertThat(incidents.recategorized(new RecategorizedTicket(misfiled.ticketId(), 2, "docking")))
                .isEqualTo(Outcome.COUNTED);
        assertThat(incidents.opened(new OpenedIncident(UUID.randomUUID().toString(), 1, T0.plus(Duration.ofMinutes(9)),
                "docking", laptop))).isEqualTo(Outcome.RAISED);

        assertThat(candidates(CandidateStatus.OPEN)).singleElement().satisfies(candidate -> {
            assertThat(candidate.key()).isEqualTo("docking|" + laptop);
            assertThat(incidentsOf(candidate)).hasSize(5).contains(misfiled.ticketId());
        });
    }

    @Test
    void anIncidentThatBelongsToNoCandidateFollowsItsTicketToAnotherCategory() {
        OpenedIncident misfiled = incident("hardware", Duration.ZERO);
        incidents.opened(misfiled);
        for (int i = 1; i <= 4; i++) {
            incidents.opened(incident("vpn", Duration.ofMinutes(i)));
        }
        assertThat(candidates(null)).isEmpty();

        Outcome moved = incidents.recategorized(new RecategorizedTicket(misfiled.ticketId(), 3, " VPN"));
        Outcome older = incidents.recategorized(new RecategorizedTicket(misfiled.ticketId(), 2, "hardware"));

        assertThat(moved).isEqualTo(Outcome.RAISED);
        assertThat(older).isEqualTo(Outcome.ALREADY_IN_A_CANDIDATE);
        assertThat(candidates(CandidateStatus.OPEN)).singleElement()
                .satisfies(candidate -> assertThat(incidentsOf(candidate)).contains(misfiled.ticketId()));
        assertThat(incidents.recategorized(new RecategorizedTicket(UUID.randomUUID().toString(), 2, "vpn")))
                .as("not an incident counted here").isEqualTo(Outcome.IGNORED);
    }

    @Test
    void twoInstancesCountingAtOnceRaiseOneCandidateThatHoldsEveryIncident() throws Exception {
        RecurringIncidents other = instance();
        int count = 40;
        List<OpenedIncident> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(incident("storage", Duration.ofSeconds(i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                OpenedIncident incident = opened.get(i);
                RecurringIncidents instance = i % 2 == 0 ? incidents : other;
                Callable<Outcome> task = () -> {
                    start.await();
                    return instance.opened(incident);
                };
                outcomes.add(threads.submit(task));
            }
            start.countDown();
            for (Future<Outcome> outcome : outcomes) {
                outcome.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(candidates(null)).singleElement().satisfies(candidate -> {
            assertThat(candidate.status()).isEqualTo(CandidateStatus.OPEN);
            assertThat(incidentsOf(candidate)).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(opened.stream().map(OpenedIncident::ticketId).toList());
        });
        assertThat(candidates.pending(10)).hasSize(1);
    }
}
