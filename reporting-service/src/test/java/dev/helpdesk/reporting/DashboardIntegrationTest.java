package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The ops dashboard on the embedded Kafka broker and MongoDB-wire server: the page is served
 * without a token, the change stream follows the API's access rules, tells of an applied event
 * within two seconds and keeps a quiet connection alive; and a real browser signs in, shows the
 * figures and sees a tile change when a ticket is opened ({@link DashboardBrowser}).
 */
@OnEmbeddedInfrastructure
@Import(DashboardStandIns.class)
@TestPropertySource(properties = "helpdesk.reporting.dashboard.heartbeat=1s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class DashboardIntegrationTest {

    private static final Duration LIVE_WITHIN = Duration.ofSeconds(2);

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private TicketsTopic tickets;

    @BeforeEach
    void connectOnceTheConsumersAreIn() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> http().get("/actuator/health/readiness", null).status() == 200);
        tickets = new TicketsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        tickets.close();
    }

    @Test
    @Order(1)
    void thePageAndItsFilesAreServedWithoutATokenUnderAStrictContentPolicy() {
        HttpProbe.Reply page = http().get("/dashboard", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/dashboard/dashboard.js\"");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "connect-src 'self'");
        assertThat(http().get("/dashboard/", null).status()).isEqualTo(200);
        for (String file : new String[] {"dashboard.js", "charts.js", "i18n.js", "dashboard.css"}) {
            assertThat(http().get("/dashboard/" + file, null).status()).as(file).isEqualTo(200);
        }
        assertThat(http().get("/dashboard/nothing-here.js", null).status()).isEqualTo(404);
        // Opening the page's paths opens nothing else: the API and other paths still want a token.
        assertThat(http().get("/api/v1/reports/summary", null).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theChangeStreamIsForStaffAsTheReportsAre() throws Exception {
        try (ChangeStream none = new ChangeStream(port, null);
                ChangeStream customer = new ChangeStream(port, issuer.customer("demo-customer",
                        "c0000000-0000-4000-8000-000000000001"));
                ChangeStream integration = new ChangeStream(port, issuer.integration("monitoring"));
                ChangeStream agent = new ChangeStream(port, issuer.agent("agent-anna", "service-desk-l1"))) {
            assertThat(none.status()).isEqualTo(401);
            assertThat(customer.status()).isEqualTo(403);
            assertThat(integration.status()).isEqualTo(403);
            assertThat(agent.status()).isEqualTo(200);
            assertThat(agent.contentType()).startsWith("text/event-stream");
            assertThat(agent.next("event:ready", Duration.ofSeconds(5))).isNotNull();
        }
    }

    @Test
    @Order(3)
    void anAppliedEventIsToldWithinTwoSecondsAndAQuietStreamIsKeptAlive() throws Exception {
        try (ChangeStream stream = new ChangeStream(port, issuer.supervisor("sam"))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("event:ready", Duration.ofSeconds(5))).isNotNull();
            assertThat(stream.next(":keep-alive", Duration.ofSeconds(3))).as("a heartbeat comment every second here")
                    .isNotNull();
            stream.skipEverythingSoFar();

            new TicketStory(tickets).opened("P3", Instant.now());
            long sent = System.nanoTime();
            String changed = stream.next("event:changed", LIVE_WITHIN);
            Duration took = Duration.ofNanos(System.nanoTime() - sent);

            assertThat(changed).as("a changed event within %s of the broker's acknowledgement", LIVE_WITHIN)
                    .isNotNull();
            assertThat(took).isLessThanOrEqualTo(LIVE_WITHIN);
            assertThat(stream.next("data:", Duration.ofSeconds(1))).contains("\"changes\"");
        }
    }

    /**
     * Three tickets opened now (one resolved), a browser signed in as a wall screen: the tiles and
     * charts show the API's figures; a fourth ticket turns the "open now" tile from 2 to 3.
     */
    @Test
    @Order(4)
    void aBrowserSignsInSeesTheFiguresAndSeesATileChangeWhenATicketIsOpened() throws Exception {
        Instant now = Instant.now();
        TicketStory first = new TicketStory(tickets).opened("P1", now).then(TicketEventTypes.ASSIGNED, now,
                (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", "sam", t));
        new TicketStory(tickets).opened("P2", now).then(TicketEventTypes.ASSIGNED, now,
                (id, t) -> new TicketAssigned(id, "NEW", "network-l2", null, "sam", t));
        TicketStory resolved = new TicketStory(tickets).opened("P3", now).then(TicketEventTypes.RESOLVED, now,
                (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED", "Restarted", null, "agent-anna", t));
        String supervisor = issuer.supervisor("sam");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpProbe.Reply summary = http().get("/api/v1/reports/summary", supervisor);
            return summary.status() == 200 && summary.<Integer>json("$.backlog") == 3
                    && summary.<Integer>json("$.opened") == 4 && summary.<Integer>json("$.resolved") == 1;
        });
        assertThat(resolved.sequence()).isEqualTo(2);

        try (DashboardBrowser browser = DashboardBrowser.open(port)) {
            browser.signIn(DashboardStandIns.WALL_SCREEN, DashboardStandIns.WALL_SCREEN_SECRET);

            // Before this test: one P3 ticket opened by the previous test, still open and in no group.
            browser.awaitTile("tile-backlog", "3");
            assertThat(browser.tile("tile-opened")).isEqualTo("4");
            assertThat(browser.tile("tile-resolved")).isEqualTo("1");
            assertThat(browser.bars("#chart-backlog-group")).containsEntry("service-desk-l1", 1L)
                    .containsEntry("network-l2", 1L).containsEntry("", 1L).hasSize(3);
            assertThat(browser.bars("#chart-backlog-priority")).containsEntry("P1", 1L).containsEntry("P2", 1L)
                    .containsEntry("P3", 1L);
            assertThat(browser.seriesTotal("opened")).isEqualTo(4);
            assertThat(browser.seriesTotal("resolved")).isEqualTo(1);
            assertThat(browser.tableRows("#table-agents")).contains("agent-anna 1 1");
            assertThat(browser.liveState()).isEqualTo("live");
            assertThat(browser.tile("tile-at-risk")).isEqualTo("0");
            assertThat(browser.tableRows("#table-sla-risk")).containsExactly("No open ticket at risk");

            new TicketStory(tickets).opened("P4", Instant.now());
            long sent = System.nanoTime();
            browser.awaitTile("tile-backlog", "4");
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            assertThat(browser.tile("tile-opened")).isEqualTo("5");
            assertThat(browser.bars("#chart-backlog-priority")).containsEntry("P4", 1L);
            System.out.println("Dashboard tile changed " + took.toMillis() + " ms after the ticket's event was sent");
            assertThat(took).as("the tile changed within 5 s (2 s is the target; CI machines are slow)")
                    .isLessThan(Duration.ofSeconds(5));

            // An SLA warning on the P1 ticket: the "at risk now" tile and its list follow within seconds.
            Instant warnedAt = Instant.now();
            tickets.sendSla(first.ticketId(), TicketEventRecords.slaWarning(first.ticketId(), "RESOLUTION", 0.75,
                    warnedAt, 1));
            long warned = System.nanoTime();
            browser.awaitTile("tile-at-risk", "1");
            Duration warningTook = Duration.ofNanos(System.nanoTime() - warned);
            assertThat(browser.tableRows("#table-sla-risk")).singleElement().asString()
                    .contains("P1", "service-desk-l1", "warning", "resolution");
            assertThat(warningTook).as("the at-risk tile changed within 5 s").isLessThan(Duration.ofSeconds(5));
            tickets.sendSla(first.ticketId(), TicketEventRecords.slaBreached(first.ticketId(), "RESOLUTION",
                    warnedAt.plusSeconds(1), 2));
            browser.awaitTableRow("#table-sla-risk", "breached");
            assertThat(browser.tile("tile-at-risk")).isEqualTo("1");

            browser.switchLanguage("de");
            assertThat(browser.label("tile-backlog")).isEqualTo("Jetzt offen");
            assertThat(browser.label("tile-at-risk")).isEqualTo("SLA jetzt gefährdet");
            assertThat(browser.tableRows("#table-sla-risk")).singleElement().asString().contains("verletzt", "Lösung");
            browser.switchLanguage("en");
            assertThat(browser.label("tile-backlog")).isEqualTo("Open now");

            browser.signOut();
            browser.signIn(DashboardStandIns.CUSTOMER, DashboardStandIns.CUSTOMER_SECRET);
            browser.awaitBoardError("may not see reports");
            browser.signOut();
            browser.signIn(DashboardStandIns.WALL_SCREEN, "wrong");
            browser.awaitLoginError("Sign-in failed");
        }
    }

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }
}
