package dev.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.knowledge.api.ArticleKind;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search quality on a small fixed corpus: the article a query is about comes first, in English
 * and German, through stemming, umlauts, compound words and one-letter typos; drafts, retired
 * articles and unpublished edits are never found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTest {

    @TempDir
    static Path directory;

    private ArticleIndex index;
    private ArticleSearch search;

    @BeforeAll
    void buildTheIndex() {
        index = TestCorpus.openIndex(directory);
        TestCorpus.feed(index, TestCorpus.events());
        search = new ArticleSearch(index);
    }

    @AfterAll
    void close() {
        index.close();
    }

    private List<SearchHit> hits(String text, String language) {
        return search.search(new SearchQuery(text, language, null, null, 0, 10)).hits();
    }

    private UUID top(String text, String language) {
        List<SearchHit> hits = hits(text, language);
        assertThat(hits).as("hits for '%s' in %s", text, language).isNotEmpty();
        return UUID.fromString(hits.get(0).articleId());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' in {1}")
    @CsvSource({
            // English: stemming and stop words
            "passwords, en, password-en",
            "How do I reset my password?, en, password-en",
            "printers offline, en, printer-en",
            "vpn keeps disconnecting, en, vpn-en",
            "email on my phone, en, phone-en",
            // English: one letter wrong, missing, extra or swapped
            "pasword, en, password-en",
            "passwrod, en, password-en",
            "printre, en, printer-en",
            "disconects, en, vpn-en",
            // German: plural and umlauts, both spellings
            "Passwörter, de, password-de",
            "Passwoerter, de, password-de",
            "Passwort zurücksetzen, de, password-de",
            "Kennwort vergessen Passwort, de, password-de",
            // German: parts of compound words find the compound
            "Warteschlange, de, printer-de",
            "Abbrüche, de, vpn-de",
            "Netzwerk Kabel, de, vpn-de",
            // German: one letter wrong
            "Druker, de, printer-de",
            "Passwrt, de, password-de",
            // no language: every language is searched
            "Drucker offline, , printer-de",
    })
    void theArticleAQueryIsAboutComesFirst(String text, String language, String expected) {
        assertThat(top(text, language)).isEqualTo(idOf(expected));
    }

    @Test
    void aSearchFindsOnlyArticlesInItsLanguage() {
        assertThat(hits("password", "de")).extracting(SearchHit::language).containsOnly("de");
        assertThat(hits("Passwort", "en")).extracting(SearchHit::language).containsOnly("en");
    }

    @Test
    void draftsRetiredArticlesAndUnpublishedEditsAreNotFound() {
        assertThat(hits("password manager rollout", "en")).extracting(SearchHit::articleId)
                .doesNotContain(TestCorpus.DRAFT_EN.toString(), TestCorpus.RETIRED_EN.toString());
        assertThat(hits("90 days policy", "en")).extracting(SearchHit::articleId)
                .doesNotContain(TestCorpus.RETIRED_EN.toString());
        // the published version says "calendar"; the edit saying "booking app" is a draft
        assertThat(hits("reserve a desk", "en")).isEmpty();
        List<SearchHit> room = hits("meeting room calendar", "en");
        assertThat(room).extracting(SearchHit::articleId).containsExactly(TestCorpus.EDITED_EN.toString());
        assertThat(room.get(0).title()).isEqualTo("Book a meeting room");
    }

    @Test
    void aHitHasTheMatchedWordsMarkedInItsSnippet() {
        SearchHit hit = hits("passwords", "en").get(0);

        assertThat(hit.snippet()).contains("<mark>password</mark>");
        assertThat(hit.title()).isEqualTo("Reset your password");
        assertThat(hit.score()).isPositive();
        assertThat(hit.language()).isEqualTo("en");
        // the plural finds the singular: the marked words are those of the text, whatever form was asked
        assertThat(hits("Passwörter", "de").get(0).snippet()).contains("<mark>Passwort</mark>");
    }

    @Test
    void aTypoFindsTheWordAndTheSnippetMarksTheWordAsWritten() {
        SearchHit hit = hits("pasword", "en").get(0);

        assertThat(hit.articleId()).isEqualTo(TestCorpus.PASSWORD_EN.toString());
        assertThat(hit.snippet()).contains("<mark>password</mark>");
    }

    @Test
    void kindAndCategoryNarrowTheSearch() {
        assertThat(search.search(new SearchQuery("vpn password printer", "en", ArticleKind.KNOWN_ERROR, null, 0, 10))
                .hits()).extracting(SearchHit::articleId).containsExactly(TestCorpus.VPN_EN.toString());
        assertThat(search.search(new SearchQuery("vpn password printer", "en", null, "Printing", 0, 10))
                .hits()).extracting(SearchHit::articleId).containsExactly(TestCorpus.PRINTER_EN.toString());
    }

    @Test
    void aQueryOfStopWordsOnlyFindsNothing() {
        assertThat(search.search(new SearchQuery("the and of", "en", null, null, 0, 10)).total()).isZero();
    }

    private static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
