package dev.helpdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.knowledge.search.ArticleIndex;
import dev.helpdesk.knowledge.search.IndexedArticle;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Search through the HTTP API against a real broker and MongoDB-wire server: the seeded English
 * and German articles are found at once, readers get their language with English as the
 * fallback, a publication is searchable within a second, and the index rebuilt from the events
 * after being deleted answers as before.
 */
@DirtiesContext
abstract class ArticleSearchBehaviour {

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    @Autowired
    ArticleIndex index;

    @Autowired
    EventProcessingConfiguration processors;

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private String customer() {
        return issuer.customer("a-customer-client", "c0000000-0000-4000-8000-000000000001");
    }

    private String agent() {
        return issuer.agent("an-agent", "service-desk-l1");
    }

    /** The seeded articles (ten, published) are in the index before any test searches. */
    @BeforeEach
    void awaitTheSeededArticles() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                index.everything().stream().filter(IndexedArticle::visibleToReaders).count() >= 10);
    }

    private HttpProbe.Reply search(String query, String token, String lang) {
        String path = "/api/v1/articles/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (lang == null ? "" : "&lang=" + lang);
        HttpProbe.Reply reply = http().get(path, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    @Test
    void theSeededGermanPasswordArticleIsFoundByThePluralAndByResetting() {
        for (String query : List.of("Passwörter", "Passwort zurücksetzen")) {
            HttpProbe.Reply reply = search(query, customer(), "de");
            assertThat(reply.<String>json("$.items[0].title")).as(query).isEqualTo("Passwort zurücksetzen");
            assertThat(reply.<String>json("$.items[0].language")).isEqualTo("de");
            assertThat(reply.<String>json("$.items[0].snippet")).contains("<mark>");
        }
    }

    @Test
    void theSeededEnglishArticlesAreFoundWithStemsAndTypos() {
        assertThat(search("passwords", customer(), "en").<String>json("$.items[0].title")).isEqualTo("Reset your password");
        assertThat(search("printr offline", customer(), "en").<String>json("$.items[0].title"))
                .isEqualTo("Printer shows as offline");
        assertThat(search("vpn keeps dropping", customer(), "en").<String>json("$.items[0].title"))
                .isEqualTo("VPN connection drops every few minutes");
        assertThat(search("new laptop", customer(), "en").<String>json("$.items[0].title"))
                .isEqualTo("How do I request a new laptop?");
        assertThat(search("email on my new phone", customer(), "en").<String>json("$.items[0].title"))
                .isEqualTo("Set up e-mail on a new phone");
    }

    @Test
    void readersSearchInTheirLanguageAndFallBackToEnglish() {
        HttpProbe.Reply german = http().get("/api/v1/articles/search?q=Drucker", customer(),
                Map.of("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"));
        assertThat(german.<String>json("$.language")).isEqualTo("de");
        assertThat(german.<List<String>>json("$.items[*].language")).containsOnly("de");

        HttpProbe.Reply fallback = search("reminder", customer(), "de");
        assertThat(fallback.<String>json("$.language")).isEqualTo("en");
        assertThat(fallback.<List<String>>json("$.items[*].language")).isNotEmpty().containsOnly("en");

        HttpProbe.Reply staff = search("vpn", agent(), null);
        assertThat(staff.<List<String>>json("$.items[*].language")).contains("en", "de");
    }

    @Test
    void aPublishedArticleIsSearchableWithinASecondAndADraftNever() {
        ArticleClient articles = new ArticleClient(http());
        String editor = issuer.supervisor("an-editor", "service-desk-l1");
        String draft = articles.create(agent(), "FAQ", "en", "Quokka draft", "Zebrafish notes.");
        String id = articles.create(agent(), "FAQ", "en", "Where is the quokka room?", "Second floor, east wing.");
        articles.act(id, "review", agent());

        long published = System.nanoTime();
        articles.act(id, "publish", editor);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() ->
                search("quokka", customer(), "en").<List<String>>json("$.items[*].articleId").contains(id));
        long elapsedMillis = (System.nanoTime() - published) / 1_000_000;

        assertThat(elapsedMillis).isLessThan(1000);
        assertThat(search("quokka zebrafish", agent(), "en").<List<String>>json("$.items[*].articleId"))
                .doesNotContain(draft);
        HttpProbe.Reply list = http().get("/api/v1/articles?status=DRAFT", agent());
        assertThat(list.<List<String>>json("$.items[*].id")).contains(draft);
        assertThat(http().get("/api/v1/articles", customer()).<List<String>>json("$.items[*].id"))
                .doesNotContain(draft).contains(id);
    }

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void seedingAgainChangesNothing() throws Exception {
        String seeded = search("passwords", agent(), "en").json("$.items[0].articleId");
        String etag = http().get("/api/v1/articles/" + seeded, agent()).header("ETag");

        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }

        assertThat(etag).isEqualTo("\"3\"");
        assertThat(http().get("/api/v1/articles/" + seeded, agent()).header("ETag")).isEqualTo(etag);
        assertThat(http().get("/api/v1/articles?lang=de", customer()).<Integer>json("$.total")).isEqualTo(5);
    }

    @Test
    void theIndexDeletedAndRebuiltFromTheEventsIsTheSame() {
        List<IndexedArticle> before = index.everything();
        List<String> searchedBefore = search("password vpn printer laptop phone", agent(), null)
                .json("$.items[*].articleId");
        TrackingEventProcessor processor = processors
                .eventProcessor("article-search", TrackingEventProcessor.class).orElseThrow();

        processor.shutDown();
        index.deleteAndRecreate();
        assertThat(index.everything()).isEmpty();
        processor.start();

        // every article in its last state, not only every article created (a batch may end between the two)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                index.everything().equals(before));
        assertThat(index.everything()).isEqualTo(before);
        assertThat(search("password vpn printer laptop phone", agent(), null).<List<String>>json("$.items[*].articleId"))
                .isEqualTo(searchedBefore);
    }
}
