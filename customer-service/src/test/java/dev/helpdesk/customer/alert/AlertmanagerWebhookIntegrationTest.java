package dev.helpdesk.customer.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.alert.AlertEventTypes;
import dev.helpdesk.contracts.alert.AlertReceived;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicReader;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Prometheus Alertmanager's webhook over HTTP with real tokens, on a real MongoDB-wire server and a
 * real Kafka broker: a firing alert starts an occurrence with its incident, repeated notifications add
 * nothing, the resolved one ends it, and each change is one {@code helpdesk.alert.received.v1} on the
 * channels topic; a notification with an invalid alert is a 400 naming the fields and takes none of
 * its alerts; only integrations and admins may post.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class AlertmanagerWebhookIntegrationTest {

    private static final String WEBHOOK = "/api/v1/integrations/alertmanager";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final String STARTED = "2026-11-27T10:14:30.123456789+01:00";

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private String integration() {
        return issuer.integration("demo-integration");
    }

    private static String fingerprint() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A notification of one alert, as Alertmanager 0.2x sends it. */
    private static String notification(String status, String fingerprint, String startsAt, String endsAt) {
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"DiskAlmostFull\\"}","truncatedAlerts":0,"status":"%1$s",
                 "receiver":"helpdesk","groupLabels":{"alertname":"DiskAlmostFull"},
                 "commonLabels":{"alertname":"DiskAlmostFull","severity":"critical"},"commonAnnotations":{},
                 "externalURL":"http://alertmanager.example.com",
                 "alerts":[{"status":"%1$s","labels":{"alertname":"DiskAlmostFull","severity":"critical",
                   "instance":"fileserver-01:9100"},"annotations":{"summary":"Disk /srv is 95%% full"},
                   "startsAt":"%3$s","endsAt":"%4$s","generatorURL":"http://prometheus.example.com/graph",
                   "fingerprint":"%2$s"}]}""".formatted(status, fingerprint, startsAt, endsAt);
    }

    private static String firing(String fingerprint, String startsAt) {
        return notification("firing", fingerprint, startsAt, "0001-01-01T00:00:00Z");
    }

    private List<CloudEvent> published(String fingerprint, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.CHANNELS,
                fingerprint, found -> found.size() >= expected, SOON);
        return records.stream().map(record -> CODEC.decode(record.value())).toList();
    }

    @Test
    void anOccurrenceOpensOneIncidentWhateverTheRepeatsAndItsEndResolvesIt() {
        String fingerprint = fingerprint();

        HttpProbe.Reply fired = http().post(WEBHOOK, integration(), firing(fingerprint, STARTED));
        assertThat(fired.status()).as(fired.toString()).isEqualTo(202);
        assertThat(fired.<String>json("$.alerts[0].outcome")).isEqualTo("OPENED");
        assertThat(fired.<String>json("$.alerts[0].fingerprint")).isEqualTo(fingerprint);
        String incidentId = fired.json("$.alerts[0].incidentId");
        assertThat(UUID.fromString(incidentId)).isNotNull();

        HttpProbe.Reply repeated = http().post(WEBHOOK, integration(), firing(fingerprint, STARTED));
        assertThat(repeated.<String>json("$.alerts[0].outcome")).isEqualTo("REPEATED");
        assertThat(repeated.<String>json("$.alerts[0].incidentId")).isEqualTo(incidentId);

        HttpProbe.Reply resolved = http().post(WEBHOOK, integration(),
                notification("resolved", fingerprint, STARTED, "2026-11-27T09:44:30Z"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(202);
        assertThat(resolved.<String>json("$.alerts[0].outcome")).isEqualTo("RESOLVED");
        assertThat(resolved.<String>json("$.alerts[0].incidentId")).isEqualTo(incidentId);
        assertThat(http().post(WEBHOOK, integration(),
                notification("resolved", fingerprint, STARTED, "2026-11-27T09:44:30Z"))
                .<String>json("$.alerts[0].outcome")).isEqualTo("IGNORED");

        HttpProbe.Reply again = http().post(WEBHOOK, issuer.admin("demo-admin"),
                firing(fingerprint, "2026-11-27T11:02:00Z"));
        assertThat(again.<String>json("$.alerts[0].outcome")).isEqualTo("OPENED");
        String nextIncident = again.json("$.alerts[0].incidentId");
        assertThat(nextIncident).isNotEqualTo(incidentId);

        List<CloudEvent> events = published(fingerprint, 3);
        assertThat(events).extracting(CloudEvent::getType).containsOnly(AlertEventTypes.RECEIVED);
        assertThat(events).extracting(CloudEventCodec::sequenceOf).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).getSubject()).isEqualTo(fingerprint);
        assertThat(events.get(0).getSource()).hasToString(Sources.CUSTOMER_SERVICE);
        AlertReceived first = CODEC.dataOf(events.get(0), AlertReceived.class);
        assertThat(first.status()).isEqualTo(AlertReceived.FIRING);
        assertThat(first.incidentId()).isEqualTo(incidentId);
        assertThat(first.alertName()).isEqualTo("DiskAlmostFull");
        assertThat(first.labels()).containsEntry("severity", "critical")
                .containsEntry("instance", "fileserver-01:9100");
        assertThat(first.annotations()).containsEntry("summary", "Disk /srv is 95% full");
        assertThat(first.startsAt()).isEqualTo(Instant.parse("2026-11-27T09:14:30.123456789Z"));
        assertThat(first.endsAt()).as("Alertmanager's zero time means no end").isNull();
        assertThat(first.generatorUrl()).isEqualTo("http://prometheus.example.com/graph");
        assertThat(first.externalUrl()).isEqualTo("http://alertmanager.example.com");
        assertThat(first.receiver()).isEqualTo("helpdesk");
        assertThat(first.receivedBy()).isEqualTo("demo-integration");
        assertThat(first.receivedAt()).isEqualTo(events.get(0).getTime().toInstant());
        AlertReceived end = CODEC.dataOf(events.get(1), AlertReceived.class);
        assertThat(end.status()).isEqualTo(AlertReceived.RESOLVED);
        assertThat(end.incidentId()).isEqualTo(incidentId);
        assertThat(end.endsAt()).isEqualTo(Instant.parse("2026-11-27T09:44:30Z"));
        AlertReceived next = CODEC.dataOf(events.get(2), AlertReceived.class);
        assertThat(next.status()).isEqualTo(AlertReceived.FIRING);
        assertThat(next.incidentId()).isEqualTo(nextIncident);
        assertThat(next.receivedBy()).isEqualTo("demo-admin");
    }

    @Test
    void aResolvedAlertOfNoKnownOccurrenceIsIgnored() {
        String fingerprint = fingerprint();

        HttpProbe.Reply resolved = http().post(WEBHOOK, integration(),
                notification("resolved", fingerprint, STARTED, "2026-11-27T09:44:30Z"));

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(202);
        assertThat(resolved.<String>json("$.alerts[0].outcome")).isEqualTo("IGNORED");
        assertThat(resolved.<Object>json("$.alerts[0].incidentId")).isNull();
        assertThat(http().post(WEBHOOK, integration(), firing(fingerprint, STARTED))
                .<String>json("$.alerts[0].outcome")).isEqualTo("OPENED");
    }

    @Test
    void aNotificationWithAnInvalidAlertIsAProblemNamingTheFieldsAndTakesNoneOfItsAlerts() {
        String good = fingerprint();
        String body = """
                {"version":"4","status":"firing","receiver":"helpdesk","alerts":[
                  {"status":"firing","labels":{"alertname":"DiskAlmostFull"},"startsAt":"%s","fingerprint":"%s"},
                  {"status":"burning","labels":{"severity":"critical"},"startsAt":"yesterday","fingerprint":"x y"},
                  {"status":"resolved","labels":{"alertname":"Other"},"endsAt":"soon"}]}""".formatted(STARTED, good);

        HttpProbe.Reply bad = http().post(WEBHOOK, integration(), body);

        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder(
                "alerts[1].status", "alerts[1].fingerprint", "alerts[1].labels.alertname", "alerts[1].startsAt",
                "alerts[2].fingerprint", "alerts[2].startsAt", "alerts[2].endsAt");
        assertThat(http().post(WEBHOOK, integration(), "{\"version\":\"4\",\"alerts\":[]}")
                .<List<String>>json("$.errors[*].field")).containsExactly("alerts");
        assertThat(http().post(WEBHOOK, integration(), "{}").<List<String>>json("$.errors[*].field"))
                .containsExactly("alerts");
        assertThat(http().post(WEBHOOK, integration(), "{\"version\":\"3\",\"alerts\":[{}]}")
                .<List<String>>json("$.errors[*].field")).contains("version", "alerts[0].status");
        HttpProbe.Reply wrongType = http().post(WEBHOOK, integration(),
                "{\"alerts\":[{\"status\":\"firing\",\"labels\":[\"alertname\"]}]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.<List<String>>json("$.errors[*].field")).containsExactly("alerts[0].labels");
        assertThat(http().post(WEBHOOK, integration(), "{\"alerts\": [").status()).isEqualTo(400);

        // the valid alert of the refused notification was not taken: it opens now
        assertThat(http().post(WEBHOOK, integration(), firing(good, STARTED)).<String>json("$.alerts[0].outcome"))
                .isEqualTo("OPENED");
    }

    @Test
    void onlyIntegrationsAndAdminsMayPostAlerts() {
        String body = firing(fingerprint(), STARTED);

        HttpProbe.Reply customer = http().post(WEBHOOK,
                issuer.customer("demo-customer", "c0000000-0000-4000-8000-000000000001"), body);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(customer.contentType()).startsWith("application/problem+json");
        assertThat(http().post(WEBHOOK, issuer.agent("demo-agent", "service-desk-l1"), body).status()).isEqualTo(403);
        assertThat(http().post(WEBHOOK, issuer.supervisor("demo-supervisor"), "{\"alerts\": [").status())
                .as("refused before the body is read").isEqualTo(403);
        assertThat(http().post(WEBHOOK, null, body).status()).isEqualTo(401);
    }
}
