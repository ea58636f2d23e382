package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The search scenario's knowledge base: article number {@code n} is always the same article, so
 * a run that finds part of the corpus already published only adds the rest, and two machines
 * measure the same text.
 *
 * <p>Real help-desk words in English and German make the searches meaningful (stemming, umlauts,
 * compounds). Like a real knowledge base, each article is about one topic: most of its real words
 * come from its topic's share of the vocabulary, the rest from anywhere in it, so a common word
 * is in some thousands of the 50,000 articles rather than in all of them. A large vocabulary of
 * made-up product and host names, drawn by Zipf's law (the k-th most common about 1/k as often as
 * the first), gives the index the size of term dictionary that a real knowledge base has. That
 * matters: a misspelt word is matched against the dictionary.
 */
final class ArticleCorpus {

    /** Every benchmark article carries it, so that the scenario can count them and nothing else. */
    static final String CATEGORY = "benchmark";
    static final List<String> TOPICS = List.of("accounts", "network", "printing", "email", "hardware",
            "software", "phones", "security");
    static final int MADE_UP_WORDS = 30_000;

    static final List<String> ENGLISH = words("""
            password reset account locked login sign expired change forgotten unlock user profile
            network connection drops wireless wifi cable router switch firewall proxy vpn tunnel
            client certificate remote office laptop desktop monitor screen display docking station
            printer offline queue paper jam toner driver scanner copier tray spooler
            email mailbox outlook calendar meeting invitation attachment quota archive signature
            phone mobile smartphone tablet sync setup install configure update upgrade patch
            software license application crash freeze slow error message warning restart reboot
            server storage drive share folder permission access request approval manager
            backup restore recovery disk space memory battery charger keyboard mouse headset
            camera microphone audio video conference browser cookie cache website portal
            security virus malware phishing spam encryption token authenticator multifactor
            database report spreadsheet document template upload download file format
            troubleshoot workaround known issue steps check verify open close select click
            settings menu button window taskbar notification service outage incident
            """);

    static final List<String> GERMAN = words("""
            passwort zurücksetzen konto gesperrt anmeldung abgelaufen ändern vergessen entsperren
            benutzer profil netzwerk verbindung abbrüche drahtlos kabel router firewall proxy
            zertifikat büro notebook bildschirm anzeige dockingstation drucker warteschlange
            papierstau toner treiber scanner kopierer postfach kalender besprechung einladung
            anhang speicherplatz archiv signatur telefon handy smartphone synchronisierung
            einrichtung installieren konfigurieren aktualisierung lizenz anwendung absturz
            fehlermeldung warnung neustart laufwerk freigabe ordner berechtigung zugriff antrag
            genehmigung vorgesetzter sicherung wiederherstellung festplatte arbeitsspeicher akku
            ladegerät tastatur maus kamera mikrofon videokonferenz browser webseite sicherheit
            virenschutz schadsoftware verschlüsselung bericht tabelle dokument vorlage datei
            passwortänderung kennwortrichtlinie netzwerkdrucker druckerwarteschlange
            benutzerkonto zugangsdaten störung dienst ausfall lösung umgehung schritte prüfen
            """);

    private static final String[] ONSETS = {"b", "br", "d", "f", "g", "k", "kl", "l", "m", "n", "p", "pr", "r",
            "s", "st", "t", "tr", "v", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
    private static final String[] CODAS = {"", "n", "r", "s", "x", "l", "m", "nt", "rk"};

    private final long seed;
    private final List<String> madeUp;

    ArticleCorpus(long seed) {
        this.seed = seed;
        this.madeUp = madeUpWords(seed, MADE_UP_WORDS);
    }

    /** The body of {@code POST /api/v1/articles} for article number {@code n}. */
    Map<String, Object> article(int n) {
        Random random = new Random(seed * 31 + n);
        boolean german = n % 10 >= 7; // seven in ten in English
        List<String> language = german ? GERMAN : ENGLISH;
        int topic = n % TOPICS.size();
        List<String> topicWords = topicShare(language, topic);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", List.of("HOW_TO", "FAQ", "KNOWN_ERROR").get(n % 3));
        body.put("language", german ? "de" : "en");
        body.put("title", capitalised(sentence(random, language, topicWords, 4 + random.nextInt(4), 0.8)) + " " + n);
        StringBuilder text = new StringBuilder();
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(capitalised(sentence(random, language, topicWords, 8 + random.nextInt(9), 0.5)))
                        .append(". ");
            }
            text.append("\n\n");
        }
        body.put("body", text.toString().strip());
        body.put("tags", List.of(pick(random, topicWords), pick(random, topicWords)));
        body.put("categories", List.of(CATEGORY, TOPICS.get(topic)));
        return body;
    }

    /** A made-up word, drawn like the articles draw them: by Zipf's law. */
    String madeUpWord(Random random) {
        // log-uniform over the ranks: rank k about 1/k as likely as the first
        int rank = (int) Math.exp(random.nextDouble() * Math.log(madeUp.size() + 1.0)) - 1;
        return madeUp.get(Math.min(rank, madeUp.size() - 1));
    }

    /** The words of {@code language} that articles on topic number {@code topic} use most. */
    static List<String> topicShare(List<String> language, int topic) {
        int size = language.size() / TOPICS.size();
        return language.subList(topic * size, (topic + 1) * size);
    }

    /**
     * Real words mostly of the article's topic (four in five of them), the others from anywhere in
     * the language, and made-up names.
     */
    private String sentence(Random random, List<String> language, List<String> topicWords, int words,
            double realShare) {
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            if (random.nextDouble() >= realShare) {
                sentence.add(madeUpWord(random));
            } else {
                sentence.add(pick(random, random.nextInt(5) < 4 ? topicWords : language));
            }
        }
        return String.join(" ", sentence);
    }

    /** Any one of {@code words}, each as likely. */
    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static List<String> madeUpWords(long seed, int count) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            word.append(CODAS[random.nextInt(CODAS.length)]);
            if (seen.add(word.toString())) {
                words.add(word.toString());
            }
        }
        return List.copyOf(words);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
