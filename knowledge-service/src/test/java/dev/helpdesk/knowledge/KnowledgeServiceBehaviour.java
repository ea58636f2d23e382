package dev.helpdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.article.ArticleEventTypes;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import dev.helpdesk.testsupport.TopicReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The article workflow through the HTTP API against a real broker and MongoDB-wire server: who
 * may do what, versions and what each reader sees, every kind of bad input (nothing changes),
 * and the CloudEvents on Kafka.
 */
abstract class KnowledgeServiceBehaviour extends ServiceEdgeContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private String agent() {
        return issuer.agent("an-agent", "service-desk-l1");
    }

    private String editor() {
        return issuer.supervisor("an-editor", "service-desk-l1");
    }

    private String customer() {
        return issuer.customer("a-customer-client", "c0000000-0000-4000-8000-000000000001");
    }

    private ArticleClient articles() {
        return new ArticleClient(http());
    }

    /** The tickets consumer holds its partitions (readiness, and so health, waits for it) before any test. */
    @BeforeEach
    void awaitTheTicketsConsumer() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/actuator/health/readiness", issuer.admin("an-admin")).status() == 200);
    }

    @Test
    void readinessWaitsForTheTicketsConsumerToHoldItsPartitions() {
        HttpProbe.Reply readiness = http().get("/actuator/health/readiness", issuer.admin("an-admin"));

        assertThat(readiness.<String>json("$.components.ticketsConsumer.status")).isEqualTo("UP");
        assertThat(readiness.<List<String>>json("$.components.ticketsConsumer.details.partitions"))
                .contains(Topics.TICKETS + "-0");
    }

    @Test
    void anArticleGoesFromDraftThroughReviewToPublishedWithItsRevisionAsETag() {
        HttpProbe.Reply created = http().post("/api/v1/articles", agent(), """
                {"kind":"HOW_TO","language":"en","title":"Map a network drive","body":"Open **Explorer**.",
                 "tags":["Drive"," files"],"categories":["storage"],"relatedService":"File shares"}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/articles/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(created.<Integer>json("$.version")).isEqualTo(1);
        assertThat(created.<List<String>>json("$.tags")).containsExactly("drive", "files");
        assertThat(created.<String>json("$.createdAt")).isNotNull();
        assertThat(created.<Object>json("$.publishedAt")).isNull();

        HttpProbe.Reply review = http().post("/api/v1/articles/" + id + "/review", agent(), "", Map.of("If-Match", "\"1\""));
        assertThat(review.<String>json("$.status")).isEqualTo("IN_REVIEW");
        assertThat(review.header("ETag")).isEqualTo("\"2\"");

        HttpProbe.Reply byAgent = http().post("/api/v1/articles/" + id + "/publish", agent(), "");
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAgent.contentType()).startsWith("application/problem+json");

        HttpProbe.Reply published = http().post("/api/v1/articles/" + id + "/publish", editor(), "",
                Map.of("If-Match", "\"2\""));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.<String>json("$.status")).isEqualTo("PUBLISHED");
        assertThat(published.<Integer>json("$.publishedVersion")).isEqualTo(1);
        assertThat(published.<String>json("$.publishedAt")).isNotNull();
    }

    @Test
    void editingAPublishedArticleMakesANewVersionWhileReadersKeepSeeingThePublishedOne() {
        String id = articles().published(agent(), editor(), "FAQ", "en", "Who approves software?",
                "Your manager approves software requests.");

        HttpProbe.Reply edited = articles().edit(id, agent(),
                "{\"body\":\"Your manager approves software requests.\\nLicensed software also needs the budget owner.\"}",
                "\"3\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(edited.<Integer>json("$.version")).isEqualTo(2);
        assertThat(edited.<Integer>json("$.publishedVersion")).isEqualTo(1);

        HttpProbe.Reply asCustomer = http().get("/api/v1/articles/" + id, customer());
        assertThat(asCustomer.status()).isEqualTo(200);
        assertThat(asCustomer.<String>json("$.status")).isEqualTo("PUBLISHED");
        assertThat(asCustomer.<Integer>json("$.version")).isEqualTo(1);
        assertThat(asCustomer.<String>json("$.body")).doesNotContain("budget owner");

        HttpProbe.Reply versions = http().get("/api/v1/articles/" + id + "/versions", agent());
        assertThat(versions.<List<Integer>>json("$.items[*].version")).containsExactly(1, 2);
        assertThat(versions.<List<String>>json("$.items[*].authorId")).containsExactly("an-agent", "an-agent");
        assertThat(versions.<String>json("$.items[0].diffSummary")).isEqualTo("first version");
        assertThat(versions.<String>json("$.items[1].diffSummary")).isEqualTo("body: 1 line added, 0 removed");
        assertThat(versions.<Integer>json("$.total")).isEqualTo(2);
        assertThat(versions.<String>json("$.items[0].publishedAt")).isNotNull();

        HttpProbe.Reply old = http().get("/api/v1/articles/" + id + "/versions/1", agent());
        assertThat(old.<String>json("$.body")).isEqualTo("Your manager approves software requests.");
        assertThat(http().get("/api/v1/articles/" + id + "/versions/3", agent()).status()).isEqualTo(404);

        articles().act(id, "review", agent());
        articles().act(id, "publish", editor());
        assertThat(http().get("/api/v1/articles/" + id, customer()).<String>json("$.body")).contains("budget owner");
    }

    @Test
    void customersSeeNoDraftsNorVersionsAndWriteNothing() {
        String draft = articles().create(agent(), "FAQ", "en", "Internal draft", "Not ready yet.");

        assertThat(http().get("/api/v1/articles/" + draft, customer()).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/articles/" + draft + "/versions", customer()).status()).isEqualTo(403);
        assertThat(http().post("/api/v1/articles", customer(),
                "{\"kind\":\"FAQ\",\"language\":\"en\",\"title\":\"x\",\"body\":\"y\"}").status()).isEqualTo(403);
        assertThat(http().post("/api/v1/articles/" + draft + "/review", customer(), "").status()).isEqualTo(403);
        assertThat(http().get("/api/v1/articles/" + draft, agent()).<String>json("$.status")).isEqualTo("DRAFT");
    }

    @Test
    void editingARetiredArticleIsAConflictThatChangesNothing() {
        String id = articles().published(agent(), editor(), "KNOWN_ERROR", "en", "Old VPN client crashes",
                "Install version 5.");
        HttpProbe.Reply retired = http().post("/api/v1/articles/" + id + "/retire", editor(),
                "{\"reason\":\"VPN client replaced\"}");
        assertThat(retired.<String>json("$.status")).isEqualTo("RETIRED");
        String etag = retired.header("ETag");

        HttpProbe.Reply edit = articles().edit(id, agent(), "{\"title\":\"New title\"}", null);

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(edit.<String>json("$.currentStatus")).isEqualTo("RETIRED");
        assertThat(edit.<String>json("$.action")).isEqualTo("edit");
        HttpProbe.Reply after = http().get("/api/v1/articles/" + id, agent());
        assertThat(after.header("ETag")).isEqualTo(etag);
        assertThat(after.<String>json("$.title")).isEqualTo("Old VPN client crashes");
        assertThat(http().get("/api/v1/articles/" + id, customer()).status()).isEqualTo(404);
        assertThat(http().post("/api/v1/articles/" + id + "/retire", editor(), "").status()).isEqualTo(409);
    }

    @Test
    void badInputIsAProblemThatNamesTheFieldAndChangesNothing() {
        String id = articles().create(agent(), "HOW_TO", "en", "Connect to Wi-Fi", "Choose the network.");

        assertBadRequest(http().post("/api/v1/articles", agent(),
                "{\"kind\":\"HOW_TO\",\"language\":\"fr\",\"title\":\"Titre\",\"body\":\"Texte\"}"), "language");
        assertBadRequest(http().post("/api/v1/articles", agent(),
                "{\"kind\":\"RECIPE\",\"language\":\"en\",\"title\":\"x\",\"body\":\"y\"}"), "kind");
        assertBadRequest(http().post("/api/v1/articles", agent(),
                "{\"kind\":\"FAQ\",\"language\":\"en\",\"title\":\" \",\"body\":\"\"}"), "title");
        assertBadRequest(http().post("/api/v1/articles", agent(),
                "{\"kind\":\"FAQ\",\"language\":\"en\",\"title\":\"x\",\"body\":\"y\",\"status\":\"PUBLISHED\"}"),
                "status");
        assertBadRequest(articles().edit(id, agent(), "{\"title\":\"" + "x".repeat(201) + "\"}", null), "title");
        assertBadRequest(articles().edit(id, agent(), "{\"title\":", null), null);
        assertBadRequest(articles().edit(id, agent(), "{\"title\":\"y\"}", "version-one"), "If-Match");
        assertBadRequest(http().get("/api/v1/articles/search?q=", agent()), "q");
        assertBadRequest(http().get("/api/v1/articles/search?q=" + "a".repeat(201), agent()), "q");
        assertBadRequest(http().get("/api/v1/articles/search?q=vpn&lang=xx", customer()), "lang");
        assertBadRequest(http().get("/api/v1/articles/search?q=vpn&kind=RECIPE&size=0", agent()), "kind");
        assertBadRequest(http().get("/api/v1/articles?status=GONE", agent()), "status");

        HttpProbe.Reply stale = articles().edit(id, agent(), "{\"title\":\"Connect to the Wi-Fi\"}", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.<Integer>json("$.currentRevision")).isEqualTo(1);
        assertThat(http().get("/api/v1/articles/00000000-0000-4000-8000-000000000000", agent()).status())
                .isEqualTo(404);

        HttpProbe.Reply unchanged = http().get("/api/v1/articles/" + id, agent());
        assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
        assertThat(unchanged.<String>json("$.title")).isEqualTo("Connect to Wi-Fi");
    }

    @Test
    void everyStepIsACloudEventOnTheKnowledgeTopicAndOnlyThePublicationCarriesTheBody() throws IOException {
        String id = articles().published(agent(), editor(), "HOW_TO", "en", "Share a calendar",
                "Open Outlook and choose Share.");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.KNOWLEDGE,
                id, found -> found.size() >= 3, Duration.ofSeconds(20));

        assertThat(records).hasSize(3);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(JSON.readTree(record.value()));
        }
        assertThat(events).extracting(event -> event.get("type").asText()).containsExactly(
                ArticleEventTypes.CREATED, ArticleEventTypes.SUBMITTED_FOR_REVIEW, ArticleEventTypes.PUBLISHED);
        assertThat(events).extracting(event -> event.get(CloudEventContract.SEQUENCE).asInt()).containsExactly(1, 2, 3);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("source").asText()).isEqualTo("/helpdesk/knowledge-service");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(event.get("traceparent").asText()).startsWith("00-");
        });
        assertThat(events.get(0).get("data").has("body")).isFalse();
        assertThat(events.get(0).get("data").get("by").asText()).isEqualTo("an-agent");
        JsonNode publication = events.get(2).get("data");
        assertThat(publication.get("body").asText()).isEqualTo("Open Outlook and choose Share.");
        assertThat(publication.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(publication.get("by").asText()).isEqualTo("an-editor");
    }

    private static void assertBadRequest(HttpProbe.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.<List<String>>json("$.errors[*].field")).as(reply.toString()).contains(field);
        }
    }
}
