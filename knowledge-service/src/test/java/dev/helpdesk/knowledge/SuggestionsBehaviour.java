package dev.helpdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.article.ArticleEventTypes;
import dev.helpdesk.contracts.knowledge.KnowledgeEventTypes;
import dev.helpdesk.knowledge.search.ArticleIndex;
import dev.helpdesk.knowledge.search.IndexedArticle;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The knowledge service reading the tickets topic of a real broker (issue 5, items 3 to 5): an
 * opened ticket gets its suggestions recorded once and published, and served over HTTP (to its
 * requester, not to other customers), following edits of its text; a resolution citing an article
 * counts for it once per ticket; a resolved problem becomes one known-error draft linked to it; a
 * record that cannot be read goes to the dead-letter topic; votes count once per person, readers'
 * reads as views, and a customer's search not followed by their ticket within the (here two-second)
 * window as a deflection. Ticket events are sent as the ticket service publishes them, some twice,
 * as an at-least-once producer may.
 */
@DirtiesContext
@TestPropertySource(properties = {"helpdesk.knowledge.deflection-window=PT2S",
    "helpdesk.knowledge.deflection-grace=PT0S", "helpdesk.knowledge.deflection-check=PT0.5S"})
abstract class SuggestionsBehaviour {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(30);
    private static final String REQUESTER = "c0000000-0000-4000-8000-000000000001";
    private static final String VPN_TITLE = "VPN connection drops every few minutes";
    private static final String PRINTER_TITLE = "Printer shows as offline";

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    @Autowired
    ArticleIndex index;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private TicketsTopic tickets;

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private String agent() {
        return issuer.agent("an-agent", "service-desk-l1");
    }

    private String editor() {
        return issuer.supervisor("an-editor", "service-desk-l1");
    }

    private String requester() {
        return issuer.customer("a-customer-client", REQUESTER);
    }

    /**
     * The seeded articles are searchable before any ticket is opened, so its suggestions can find
     * them, and the tickets consumer holds its partition (readiness waits for it).
     */
    @BeforeEach
    void awaitTheSeededArticlesAndTheTicketsConsumer() {
        tickets = new TicketsTopic(bootstrapServers);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                index.everything().stream().filter(IndexedArticle::visibleToReaders).count() >= 10);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/actuator/health/readiness", issuer.admin("an-admin")).status() == 200);
    }

    @AfterEach
    void closeTheTopic() {
        tickets.close();
    }

    private HttpProbe.Reply suggestionsFor(String ticketId, String token) {
        return http().get("/api/v1/articles/suggestions?ticketId=" + ticketId, token);
    }

    /** Waits until the ticket is known here (its suggestions answer 200) and returns them. */
    private HttpProbe.Reply awaitSuggestions(String ticketId) {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> suggestionsFor(ticketId, agent()).status() == 200);
        return suggestionsFor(ticketId, agent());
    }

    private List<ConsumerRecord<String, byte[]>> knowledgeRecords(String key, int expected) {
        return TopicReader.recordsWithKey(bootstrapServers, Topics.KNOWLEDGE, key,
                records -> records.size() >= expected, CONSUMED_WITHIN);
    }

    @Test
    void anOpenedTicketGetsTheMatchingPublishedArticlesRecordedOnceAndPublished() {
        TicketsTopic.Ticket ticket = tickets.opened("INCIDENT", "VPN drops every 10 minutes",
                "Since this morning the VPN client disconnects and I have to sign in again.", REQUESTER);
        ticket.redeliverTheLast();

        HttpProbe.Reply suggested = awaitSuggestions(ticket.id);
        assertThat(suggested.<String>json("$.ticketId")).isEqualTo(ticket.id);
        assertThat(suggested.<String>json("$.items[0].title")).isEqualTo(VPN_TITLE);
        assertThat(suggested.<Double>json("$.items[0].score")).isPositive();
        assertThat(suggested.<List<String>>json("$.items[*].title")).doesNotContain(PRINTER_TITLE);

        List<ConsumerRecord<String, byte[]>> records = knowledgeRecords(ticket.id, 1);
        assertThat(records).hasSize(1);
        JsonNode event = read(records.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo(KnowledgeEventTypes.ARTICLES_SUGGESTED);
        assertThat(event.get("subject").asText()).isEqualTo(ticket.id);
        assertThat(event.get("sequence").asInt()).isEqualTo(1);
        assertThat(event.get("traceparent").asText()).isEqualTo(TicketsTopic.TRACEPARENT);
        assertThat(event.at("/data/ticketId").asText()).isEqualTo(ticket.id);
        assertThat(event.at("/data/articles/0/title").asText()).isEqualTo(VPN_TITLE);
        assertThat(event.at("/data/articles/0/articleId").asText())
                .isEqualTo(suggested.<String>json("$.items[0].articleId"));
        assertThat(event.at("/data/articles/0/score").asDouble()).isPositive();

        // an edit of the text changes what is suggested over HTTP; the one event stays the only one
        ticket.updated("Printer offline on floor 3", "The printer shows as offline since the update.");
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                PRINTER_TITLE.equals(suggestionsFor(ticket.id, agent()).json("$.items[0].title")));
        assertThat(TopicReader.recordsWithKey(bootstrapServers, Topics.KNOWLEDGE, ticket.id,
                found -> found.size() > 1, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void aCustomerGetsTheSuggestionsOfTheirOwnTicketOnlyAndForAnyText() {
        TicketsTopic.Ticket ticket = tickets.opened("INCIDENT", "Printer offline", "It says offline.", REQUESTER);
        awaitSuggestions(ticket.id);

        HttpProbe.Reply own = suggestionsFor(ticket.id, requester());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.<String>json("$.items[0].title")).isEqualTo(PRINTER_TITLE);
        HttpProbe.Reply other = suggestionsFor(ticket.id,
                issuer.customer("another-customer-client", "c0000000-0000-4000-8000-000000000002"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(suggestionsFor(UUID.randomUUID().toString(), agent()).status()).isEqualTo(404);

        HttpProbe.Reply byText = http().get("/api/v1/articles/suggestions?text="
                + URLEncoder.encode("my vpn keeps dropping", StandardCharsets.UTF_8), requester());
        assertThat(byText.status()).as(byText.toString()).isEqualTo(200);
        assertThat(byText.<String>json("$.items[0].title")).isEqualTo(VPN_TITLE);
    }

    @Test
    void askingWithoutATicketOrATextOrWithBothIsABadRequest() {
        for (String query : List.of("", "?ticketId=not-a-uuid", "?text=vpn&ticketId=" + UUID.randomUUID(),
                "?text=vpn&size=0")) {
            HttpProbe.Reply reply = http().get("/api/v1/articles/suggestions" + query, agent());
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aResolutionCitingAnArticleCountsForItOncePerTicket() {
        String article = new ArticleClient(http()).published(agent(), editor(), "HOW_TO", "en",
                "Clear the print queue", "Open the queue and cancel every job.");
        assertThat(ticketsResolvedWith(article)).isZero();

        tickets.opened("INCIDENT", "Print queue stuck", "Jobs wait for ever.", REQUESTER)
                .resolved("FIXED", "Queue cleared", article)
                .redeliverTheLast();
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> ticketsResolvedWith(article) == 1);

        TicketsTopic.Ticket second = tickets.opened("INCIDENT", "Print queue stuck again", "Same.", REQUESTER)
                .resolved("FIXED", "Queue cleared", article);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> ticketsResolvedWith(article) == 2);
        // a reopened ticket resolved again with the same article is still one ticket resolved with it
        second.resolved("FIXED", "Cleared once more", article);
        TicketsTopic.Ticket barrier = tickets.opened("INCIDENT", "Barrier", "Consumed after the rest.", REQUESTER);
        awaitSuggestions(barrier.id);
        assertThat(ticketsResolvedWith(article)).isEqualTo(2);
        assertThat(http().get("/api/v1/articles/" + article + "/effectiveness", requester()).status()).isEqualTo(403);
    }

    private long ticketsResolvedWith(String articleId) {
        return figure(articleId, "ticketsResolved");
    }

    private long figure(String articleId, String name) {
        HttpProbe.Reply figures = http().get("/api/v1/articles/" + articleId + "/effectiveness", agent());
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        return figures.<Number>json("$." + name).longValue();
    }

    private HttpProbe.Reply vote(String articleId, String token, String body) {
        return http().post("/api/v1/articles/" + articleId + "/feedback", token, body);
    }

    @Test
    void everyoneVotesOnceOnAPublishedArticleAndReadersReadsAreItsViews() {
        ArticleClient articles = new ArticleClient(http());
        String article = articles.published(agent(), editor(), "FAQ", "en", "Where is the scanner",
                "Next to the kitchen.");
        String another = issuer.customer("another-customer-client", "c0000000-0000-4000-8000-000000000002");

        assertThat(vote(article, requester(), "{\"helpful\":true}").status()).isEqualTo(200);
        assertThat(vote(article, requester(), "{\"helpful\":true}").status()).isEqualTo(200);
        assertThat(figure(article, "helpful")).as("once each").isEqualTo(1);
        HttpProbe.Reply changed = vote(article, requester(), "{\"helpful\":false}");
        assertThat(changed.<String>json("$.voterId")).isEqualTo(REQUESTER);
        vote(article, another, "{\"helpful\":false}");
        vote(article, agent(), "{\"helpful\":true}");
        HttpProbe.Reply figures = http().get("/api/v1/articles/" + article + "/effectiveness", agent());
        assertThat(figures.<Number>json("$.helpful").longValue()).isEqualTo(1);
        assertThat(figures.<Number>json("$.notHelpful").longValue()).isEqualTo(2);
        assertThat(figures.<Double>json("$.helpfulRatio")).isCloseTo(1 / 3d, offset(1e-9));

        HttpProbe.Reply bad = vote(article, requester(), "{}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        String draft = articles.create(agent(), "FAQ", "en", "Unfinished", "Not yet.");
        assertThat(vote(draft, requester(), "{\"helpful\":true}").status()).isEqualTo(404);
        assertThat(vote(draft, agent(), "{\"helpful\":true}").status()).isEqualTo(404);

        assertThat(figure(article, "views")).isZero();
        http().get("/api/v1/articles/" + article, requester());
        http().get("/api/v1/articles/" + article, another);
        http().get("/api/v1/articles/" + article, agent());
        assertThat(figure(article, "views")).as("staff reads are not views").isEqualTo(2);
    }

    @Test
    void aPortalSearchNotFollowedByATicketOfThatCustomerWithinTheWindowIsADeflection() {
        String article = new ArticleClient(http()).published(agent(), editor(), "HOW_TO", "en",
                "Calibrate the plotter", "Run the plotter calibration from its front panel.");
        String deflected = "c0000000-0000-4000-8000-0000000000d1";
        String notDeflected = "c0000000-0000-4000-8000-0000000000d2";
        String path = "/api/v1/articles/search?q=plotter+calibration&lang=en";
        // searchable within about a second of its publication; staff searches deflect nothing
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> http().get(path, agent()).<Integer>json("$.total") > 0);
        assertThat(http().get(path, issuer.customer("deflected-client", deflected)).<String>json("$.items[0].articleId"))
                .isEqualTo(article);
        assertThat(http().get(path, issuer.customer("not-deflected-client", notDeflected))
                .<String>json("$.items[0].articleId")).isEqualTo(article);

        TicketsTopic.Ticket ticket = tickets.opened("INCIDENT", "Plotter still off", "Calibration failed.",
                notDeflected);
        awaitSuggestions(ticket.id);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> figure(article, "deflections") == 1);

        // Once its window is over, the deflection is published, once; the search followed by a ticket is not.
        List<ConsumerRecord<String, byte[]>> deflections = TopicReader.records(bootstrapServers, Topics.KNOWLEDGE,
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(article)
                        && new String(record.value(), StandardCharsets.UTF_8)
                                .contains(KnowledgeEventTypes.DEFLECTION_RECORDED),
                found -> found.size() > 1, Duration.ofSeconds(5));
        assertThat(deflections).hasSize(1);
        JsonNode event = read(deflections.get(0).value());
        assertThat(event.get("subject").asText()).isEqualTo(deflections.get(0).key())
                .isEqualTo(event.at("/data/searchId").asText());
        assertThat(event.get("sequence").asInt()).isEqualTo(1);
        assertThat(event.at("/data/articleIds/0").asText()).isEqualTo(article);
        assertThat(Instant.parse(event.at("/data/searchedAt").asText()))
                .isBefore(Instant.parse(event.get("time").asText()));
    }

    @Test
    void aProblemResolvedWithAWorkaroundBecomesOneKnownErrorDraftLinkedToIt() {
        TicketsTopic.Ticket problem = tickets.opened("PROBLEM", "VPN concentrator drops sessions",
                "Several users lose the VPN every hour since the firmware update.", REQUESTER)
                .resolved("WORKAROUND", "Reconnect with the backup gateway vpn2.example.com until the fix.", null)
                .redeliverTheLast();
        String articleId = knownErrorOf(problem.id);

        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> http().get("/api/v1/articles/" + articleId, agent()).status() == 200);
        HttpProbe.Reply draft = http().get("/api/v1/articles/" + articleId, agent());
        assertThat(draft.<String>json("$.kind")).isEqualTo("KNOWN_ERROR");
        assertThat(draft.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(draft.<String>json("$.problemId")).isEqualTo(problem.id);
        assertThat(draft.<String>json("$.title")).isEqualTo("VPN concentrator drops sessions");
        assertThat(draft.<String>json("$.body")).contains("firmware update", "vpn2.example.com");
        assertThat(http().get("/api/v1/articles/" + articleId + "/versions", agent())
                .<String>json("$.items[0].authorId")).isEqualTo("an-agent");
        assertThat(http().get("/api/v1/articles/" + articleId, requester()).status())
                .as("a draft is for staff").isEqualTo(404);

        // an incident resolved the same way draws nothing; once it is consumed, so is the repeat above
        TicketsTopic.Ticket incident = tickets.opened("INCIDENT", "VPN drops", "Since the update.", REQUESTER)
                .resolved("WORKAROUND", "Use vpn2.", null);
        TicketsTopic.Ticket barrier = tickets.opened("INCIDENT", "Barrier", "Consumed after the rest.", REQUESTER);
        awaitSuggestions(barrier.id);
        assertThat(http().get("/api/v1/articles/" + knownErrorOf(incident.id), agent()).status()).isEqualTo(404);
        List<ConsumerRecord<String, byte[]>> created = knowledgeRecords(articleId, 1);
        assertThat(created).hasSize(1);
        assertThat(read(created.get(0).value()).get("type").asText()).isEqualTo(ArticleEventTypes.CREATED);
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndTheNextIsRead() {
        String key = UUID.randomUUID().toString();
        tickets.send(key, "not a cloud event".getBytes(StandardCharsets.UTF_8));
        TicketsTopic.Ticket next = tickets.opened("INCIDENT", "After the broken one", "Still read.", REQUESTER);

        awaitSuggestions(next.id);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> tickets.deadLetters()
                .stream().anyMatch(record -> key.equals(new String(record.key(), StandardCharsets.UTF_8))));
    }

    /** The documented derivation: one known error per problem, the same on every instance. */
    private static String knownErrorOf(String problemId) {
        return UUID.nameUUIDFromBytes(("known-error:" + problemId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
