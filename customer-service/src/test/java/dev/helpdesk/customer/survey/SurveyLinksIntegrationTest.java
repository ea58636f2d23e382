package dev.helpdesk.customer.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.survey.SurveyAnswered;
import dev.helpdesk.contracts.survey.SurveyEventTypes;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.testsupport.TopicReader;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 6 item 5 end to end on a real MongoDB-wire server and a real Kafka broker: the satisfaction
 * link of a resolved ticket's mail, without a login, shows the form with the ticket's number and
 * subject in the requester's language; its answer is stored and published once as
 * {@code helpdesk.survey.answered.v1} on the channels topic; a second answer, an expired or a forged
 * link and an invalid rating are refused and change nothing.
 */
@OnEmbeddedInfrastructure
@TestPropertySource(properties = "helpdesk.notifications.enabled=false") // no mail server here
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class SurveyLinksIntegrationTest {

    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String JONAS = "c0000000-0000-4000-8000-000000000002";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded",
            "Accept", "text/html");

    @LocalServerPort
    private int port;

    @Autowired
    private SatisfactionTokens tokens;

    @Autowired
    private MongoDatabase customerDatabase;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Value("${helpdesk.notifications.survey.secret}")
    private String secret;

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private static String link(String token) {
        return "/api/v1/surveys/" + token;
    }

    /** A ticket the notifications know (its opened event read from the tickets topic), and its link. */
    private String ticketWithLink(String requesterId, String subject, String number) {
        String ticketId = UUID.randomUUID().toString();
        Instant at = Instant.now();
        try (TopicProbe topics = new TopicProbe(bootstrapServers)) {
            topics.send(new ProducerRecord<>(Topics.TICKETS, ticketId, CODEC.encode(new OutgoingEvent(
                    UUID.randomUUID().toString(), Sources.TICKET_SERVICE, TicketEventTypes.OPENED, ticketId, at, 1,
                    null, new TicketOpened(ticketId, number, "INCIDENT", "NEW", subject, "Since this morning",
                            requesterId, "PORTAL", "network", "LOW", "MEDIUM", "P4", List.of(), "demo-customer",
                            at)))));
        }
        String token = tokens.issue(ticketId, requesterId);
        awaitPageShowing(token, number);
        return token;
    }

    private void awaitPageShowing(String token, String text) {
        await().atMost(SOON).pollInterval(Duration.ofMillis(200))
                .until(() -> http().get(link(token), null).body().contains(text));
    }

    private static String number() {
        return "HD-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private List<CloudEvent> published(String surveyId, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.CHANNELS,
                surveyId, found -> found.size() >= expected, SOON);
        return records.stream().map(record -> CODEC.decode(record.value())).toList();
    }

    /** The token id of a link whatever its state: the third field of its payload (D64). */
    private static String tokenIdOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.split("\\|")[2];
    }

    private static String form(String rating, String comment) {
        return "rating=" + rating + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8);
    }

    @Test
    void theLinkShowsTheFormAndItsAnswerIsPublishedOnce() {
        String number = number();
        String token = ticketWithLink(DANA, "VPN drops <every> 10 minutes", number);
        SatisfactionToken said = tokens.verify(token);

        HttpProbe.Reply page = http().get(link(token), null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("How did we do?", number, "VPN drops &lt;every&gt; 10 minutes",
                "name=\"rating\" value=\"1\"", "name=\"rating\" value=\"5\"", "<textarea");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");

        HttpProbe.Reply answered = http().post(link(token), null, form("4", "Quick & friendly"), FORM);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you for your feedback");

        List<CloudEvent> events = published(said.tokenId(), 1);
        assertThat(events).hasSize(1);
        CloudEvent event = events.get(0);
        assertThat(event.getType()).isEqualTo(SurveyEventTypes.ANSWERED);
        assertThat(event.getSource()).hasToString(Sources.CUSTOMER_SERVICE);
        assertThat(event.getSubject()).isEqualTo(said.tokenId());
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(1L);
        SurveyAnswered answer = CODEC.dataOf(event, SurveyAnswered.class);
        assertThat(answer.surveyId()).isEqualTo(said.tokenId());
        assertThat(answer.ticketId()).isEqualTo(said.ticketId());
        assertThat(answer.requesterId()).isEqualTo(DANA);
        assertThat(answer.rating()).isEqualTo(4);
        assertThat(answer.comment()).isEqualTo("Quick & friendly");
        assertThat(answer.answeredAt()).isEqualTo(event.getTime().toInstant());

        HttpProbe.Reply again = http().post(link(token), null, "{\"rating\":1}");
        assertThat(again.status()).as(again.toString()).isEqualTo(410);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.<String>json("$.detail")).contains("answered already");
        HttpProbe.Reply againByForm = http().post(link(token), null, form("1", ""), FORM);
        assertThat(againByForm.status()).isEqualTo(410);
        assertThat(againByForm.body()).contains("Already answered");
        HttpProbe.Reply pageAgain = http().get(link(token), null);
        assertThat(pageAgain.status()).isEqualTo(410);
        assertThat(pageAgain.body()).contains("answered already").doesNotContain("<form");

        // nothing more was published: a later answer to another link comes after, and alone
        String other = ticketWithLink(DANA, "Printer jams", number());
        assertThat(http().post(link(other), null, "{\"rating\":2}").status()).isEqualTo(201);
        assertThat(published(tokens.verify(other).tokenId(), 1)).hasSize(1);
        assertThat(published(said.tokenId(), 1)).hasSize(1);
    }

    /** D81: the event store, not the ledger, is what makes a link rate once (a crash between the two). */
    @Test
    void aLinkWhoseMarkIsMissingStillRatesOnlyOnce() {
        String token = tokens.issue(UUID.randomUUID().toString(), DANA);
        String surveyId = tokens.verify(token).tokenId();
        assertThat(http().post(link(token), null, "{\"rating\":3}").status()).isEqualTo(201);
        customerDatabase.getCollection(SurveyTokenLedger.COLLECTION).deleteOne(new Document("_id", surveyId));

        HttpProbe.Reply again = http().post(link(token), null, "{\"rating\":1}");

        assertThat(again.status()).as(again.toString()).isEqualTo(410);
        assertThat(TopicReader.recordsWithKey(bootstrapServers, Topics.CHANNELS, surveyId, found -> found.size() > 1,
                Duration.ofSeconds(3))).hasSize(1);
        assertThat(http().get(link(token), null).status()).as("the ledger is marked again").isEqualTo(410);
    }

    @Test
    void apiClientsAnswerWithJsonAndTheRequestersLanguageIsUsed() {
        String number = number();
        String token = ticketWithLink(JONAS, "Drucker druckt nicht", number);
        // the requester's language comes from the customer directory, a projection: it may lag a moment
        awaitPageShowing(token, "<html lang=\"de\">");

        HttpProbe.Reply page = http().get(link(token), null);
        assertThat(page.body()).contains("<html lang=\"de\">", "Wie waren wir?", number, "Drucker druckt nicht");

        HttpProbe.Reply answered = http().post(link(token), null, "{\"rating\":5,\"comment\":\"  Super!  \"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(answered.<String>json("$.surveyId")).isEqualTo(tokens.verify(token).tokenId());
        assertThat(answered.<String>json("$.ticketId")).isEqualTo(tokens.verify(token).ticketId());
        assertThat(answered.<Integer>json("$.rating")).isEqualTo(5);
        assertThat(answered.<String>json("$.comment")).isEqualTo("Super!");
        SurveyAnswered answer = CODEC.dataOf(published(tokens.verify(token).tokenId(), 1).get(0),
                SurveyAnswered.class);
        assertThat(answer.requesterId()).isEqualTo(JONAS);
        assertThat(answer.comment()).isEqualTo("Super!");
    }

    @Test
    void anInvalidAnswerIsA400NamingTheFieldAndTheLinkStaysUsable() {
        String token = tokens.issue(UUID.randomUUID().toString(), DANA);
        String surveyId = tokens.verify(token).tokenId();

        HttpProbe.Reply noRating = http().post(link(token), null, "{\"comment\":\"no rating\"}");
        assertThat(noRating.status()).as(noRating.toString()).isEqualTo(400);
        assertThat(noRating.<List<String>>json("$.errors[*].field")).containsExactly("rating");
        HttpProbe.Reply six = http().post(link(token), null, "{\"rating\":6,\"comment\":\"" + "x".repeat(2001) + "\"}");
        assertThat(six.status()).isEqualTo(400);
        assertThat(six.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("rating", "comment");
        HttpProbe.Reply notANumber = http().post(link(token), null, "{\"rating\":\"great\"}");
        assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
        HttpProbe.Reply byForm = http().post(link(token), null, form("zero", "keep <this>"), FORM);
        assertThat(byForm.status()).isEqualTo(400);
        assertThat(byForm.body()).contains("Please choose a rating from 1 to 5", "keep &lt;this&gt;</textarea>");
        HttpProbe.Reply xml = http().post(link(token), null, "<rating>3</rating>",
                Map.of("Content-Type", "application/xml"));
        assertThat(xml.status()).isEqualTo(415);

        assertThat(http().post(link(token), null, "{\"rating\":3}").status())
                .as("nothing was recorded, so the link still rates").isEqualTo(201);
        assertThat(published(surveyId, 1)).hasSize(1);
    }

    @Test
    void expiredAndForgedLinksAreRefusedAndRecordNothing() {
        Clock lastMonth = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        String expired = new SatisfactionTokens(secret, Duration.ofDays(14), lastMonth)
                .issue(UUID.randomUUID().toString(), DANA);
        String forged = new SatisfactionTokens("someone-elses-secret-0123456789", Duration.ofDays(14),
                Clock.systemUTC()).issue(UUID.randomUUID().toString(), DANA);

        HttpProbe.Reply expiredPage = http().get(link(expired), null);
        assertThat(expiredPage.status()).isEqualTo(410);
        assertThat(expiredPage.body()).contains("expired").doesNotContain("<form");
        HttpProbe.Reply expiredAnswer = http().post(link(expired), null, "{\"rating\":5}");
        assertThat(expiredAnswer.status()).isEqualTo(410);
        assertThat(expiredAnswer.<String>json("$.detail")).contains("expired");

        for (String bad : List.of(forged, "v1.bm90aGluZw.c2lnbmF0dXJl", "hello")) {
            HttpProbe.Reply page = http().get(link(bad), null);
            assertThat(page.status()).as(bad).isEqualTo(404);
            assertThat(page.body()).contains("not valid");
            HttpProbe.Reply answer = http().post(link(bad), null, "{\"rating\":5}");
            assertThat(answer.status()).as(bad).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(TopicReader.recordsWithKey(bootstrapServers, Topics.CHANNELS, tokenIdOf(expired), found -> false,
                Duration.ofSeconds(3))).as("nothing published for the expired link").isEmpty();
    }
}
