package dev.helpdesk.knowledge.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small fixed corpus of English and German articles, as the events that make them, and a way
 * to feed them to the search projection in order, exactly as its processor would.
 */
final class TestCorpus {

    static final UUID PASSWORD_EN = id("password-en");
    static final UUID VPN_EN = id("vpn-en");
    static final UUID PRINTER_EN = id("printer-en");
    static final UUID PHONE_EN = id("phone-en");
    static final UUID DRAFT_EN = id("draft-en");
    static final UUID RETIRED_EN = id("retired-en");
    static final UUID EDITED_EN = id("edited-en");
    static final UUID PASSWORD_DE = id("password-de");
    static final UUID PRINTER_DE = id("printer-de");
    static final UUID VPN_DE = id("vpn-de");

    /** Each event with the instant its message was stored. */
    record Stored(Object event, Instant at) {
    }

    private TestCorpus() {
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static ArticleIndex openIndex(Path directory) {
        return new ArticleIndex(directory, new LanguageAnalyzers(), json());
    }

    static List<Stored> events() {
        List<Stored> events = new ArrayList<>();
        Instant t = Instant.parse("2026-11-27T09:00:00Z");
        published(events, t, PASSWORD_EN, ArticleKind.HOW_TO, "en", content("Reset your password",
                "If you forgot your password or it expired, reset it in the self-service portal. "
                        + "Choose Forgot password, confirm with your second factor and choose a new password.",
                List.of("password", "account"), List.of("accounts")));
        published(events, t.plusSeconds(10), VPN_EN, ArticleKind.KNOWN_ERROR, "en", content(
                "VPN connection drops every few minutes",
                "The VPN client disconnects on unstable Wi-Fi. Connect with a cable, update the VPN client and "
                        + "switch off Wi-Fi power saving.", List.of("vpn", "network"), List.of("network")));
        published(events, t.plusSeconds(20), PRINTER_EN, ArticleKind.HOW_TO, "en", content(
                "Printer shows as offline",
                "When the printer is offline, clear the print queue, check the network cable and restart the printer.",
                List.of("printer"), List.of("printing")));
        published(events, t.plusSeconds(30), PHONE_EN, ArticleKind.HOW_TO, "en", content(
                "Set up e-mail on a new phone",
                "Install the company portal and Outlook, add your work account and set a screen lock.",
                List.of("email", "phone"), List.of("email")));
        events.add(new Stored(new ArticleCreated(DRAFT_EN, ArticleKind.FAQ, "en", content("Password manager rollout",
                "The password manager arrives next quarter; passwords move over automatically.",
                List.of("password"), List.of("accounts")), "an-agent", null), t.plusSeconds(40)));
        published(events, t.plusSeconds(50), RETIRED_EN, ArticleKind.FAQ, "en", content("Old password policy",
                "Passwords had to change every 90 days.", List.of("password"), List.of("accounts")));
        events.add(new Stored(new ArticleRetired(RETIRED_EN, "outdated"), t.plusSeconds(60)));
        published(events, t.plusSeconds(70), EDITED_EN, ArticleKind.FAQ, "en", content("Book a meeting room",
                "Use the room calendar in Outlook to book a meeting room.", List.of("rooms"), List.of("facilities")));
        events.add(new Stored(new ArticleUpdated(EDITED_EN, 2, content("Book a meeting room or a desk",
                "Use the booking app to reserve a desk or a meeting room; the calendar no longer works.",
                List.of("rooms", "desk"), List.of("facilities")), "an-agent"), t.plusSeconds(80)));
        published(events, t.plusSeconds(90), PASSWORD_DE, ArticleKind.HOW_TO, "de", content("Passwort zurücksetzen",
                "Wenn Sie Ihr Passwort vergessen haben, setzen Sie es im Self-Service-Portal zurück. Wählen Sie "
                        + "Passwort vergessen und vergeben Sie ein neues Passwort. Ihre letzten 10 Passwörter "
                        + "sind gesperrt.", List.of("passwort", "konto"), List.of("accounts")));
        published(events, t.plusSeconds(100), PRINTER_DE, ArticleKind.HOW_TO, "de", content(
                "Drucker wird als offline angezeigt",
                "Bleiben Aufträge in der Druckerwarteschlange hängen, leeren Sie sie und starten Sie das Gerät neu. "
                        + "Prüfen Sie auch, ob ein Papierstau vorliegt.", List.of("drucker"), List.of("printing")));
        published(events, t.plusSeconds(110), VPN_DE, ArticleKind.KNOWN_ERROR, "de", content(
                "VPN-Verbindung bricht ab",
                "Häufige Verbindungsabbrüche entstehen durch instabiles WLAN. Nutzen Sie ein Netzwerkkabel und "
                        + "aktualisieren Sie den VPN-Client.", List.of("vpn", "wlan"), List.of("network")));
        return events;
    }

    /** Feeds every event to the projection and commits once, as one batch of the processor. */
    static void feed(ArticleIndex index, List<Stored> events) {
        ArticleSearchProjection projection = new ArticleSearchProjection(index);
        for (Stored stored : events) {
            Object event = stored.event();
            if (event instanceof ArticleCreated created) {
                projection.on(created, stored.at());
            } else if (event instanceof ArticleUpdated updated) {
                projection.on(updated, stored.at());
            } else if (event instanceof ArticleSubmittedForReview submitted) {
                projection.on(submitted, stored.at());
            } else if (event instanceof ArticlePublished published) {
                projection.on(published, stored.at());
            } else if (event instanceof ArticleRetired retired) {
                projection.on(retired, stored.at());
            }
        }
        index.commit(Map.of("test", "fed"));
    }

    static void published(List<Stored> events, Instant at, UUID id, ArticleKind kind, String language,
            ArticleContent content) {
        events.add(new Stored(new ArticleCreated(id, kind, language, content, "an-agent", null), at));
        events.add(new Stored(new ArticleSubmittedForReview(id, 1), at.plusSeconds(1)));
        events.add(new Stored(new ArticlePublished(id, 1, kind, language, content), at.plusSeconds(2)));
    }

    static ArticleContent content(String title, String body, List<String> tags, List<String> categories) {
        return new ArticleContent(title, body, tags, categories, null, null);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
