package dev.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.knowledge.KnowledgeServiceApplication;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The index is a projection of the article events that keeps its own position: a restarted
 * service goes on from where its index stopped, and one started with its index directory deleted
 * rebuilds it from the events in MongoDB and answers exactly as before.
 */
class IndexRebuiltOnStartIntegrationTest {

    private static final String QUERY = "/api/v1/articles/search?q=password%20vpn%20printer%20paper%20laptop%20phone";

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
    private final TestIssuer issuer = new TestIssuer();

    @TempDir
    Path indexDirectory;

    @AfterEach
    void stop() {
        kafka.destroy();
        issuer.close();
        mongo.shutdownNow();
    }

    @Test
    void aRestartedServiceGoesOnFromItsIndexAndOneWithoutItsIndexRebuildsItFromTheEvents() throws IOException {
        mongo.bind("127.0.0.1", 0);
        kafka.afterPropertiesSet();
        String agent = issuer.agent("an-agent", "service-desk-l1");
        String editor = issuer.supervisor("an-editor", "service-desk-l1");

        try (ConfigurableApplicationContext service = start()) {
            ArticleIndex index = service.getBean(ArticleIndex.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> index.everything().size() >= 10);
        }

        List<IndexedArticle> before;
        String searchedBefore;
        try (ConfigurableApplicationContext restarted = start()) {
            // the index kept its position: only the article published now is new to it
            ArticleIndex index = restarted.getBean(ArticleIndex.class);
            assertThat(index.everything()).hasSize(10);
            Serializer serializer = restarted.getBean("serializer", Serializer.class);
            assertThat(new IndexTokenStore(index, serializer).fetchToken("article-search", 0))
                    .as("the position stored with the index").isNotNull();
            HttpProbe http = HttpProbe.onLocalPort(portOf(restarted));
            HttpProbe.Reply created = http.post("/api/v1/articles", agent,
                    "{\"kind\":\"FAQ\",\"language\":\"en\",\"title\":\"Where is the printer paper?\","
                            + "\"body\":\"In the cupboard next to each printer.\"}");
            String id = created.json("$.id");
            assertThat(http.post("/api/v1/articles/" + id + "/review", agent, "").status()).isEqualTo(200);
            assertThat(http.post("/api/v1/articles/" + id + "/publish", editor, "").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> index.everything().stream()
                    .anyMatch(article -> article.articleId().equals(id) && article.visibleToReaders()));
            before = index.everything();
            searchedBefore = http.get(QUERY, agent).body();
        }
        deleteRecursively(indexDirectory);

        try (ConfigurableApplicationContext rebuilt = start()) {
            ArticleIndex index = rebuilt.getBean(ArticleIndex.class);
            // every article in its last state, not only every article created
            await().atMost(Duration.ofSeconds(30)).until(() -> index.everything().equals(before));

            assertThat(before).hasSize(11);
            assertThat(index.everything()).isEqualTo(before);
            assertThat(HttpProbe.onLocalPort(portOf(rebuilt)).get(QUERY, agent).body()).isEqualTo(searchedBefore);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KnowledgeServiceApplication.class).run("--server.port=0",
                "--spring.mongodb.host=127.0.0.1",
                "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--helpdesk.security.issuer=" + issuer.issuer(),
                "--helpdesk.knowledge.index-dir=" + indexDirectory);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
