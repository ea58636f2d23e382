package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchScenarioTest {

    private final ArticleCorpus corpus = new ArticleCorpus(7);

    @Test
    void theSearchScenarioHasItsOwnDefaults() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--scenario=search"});

        assertThat(options.articles()).isEqualTo(50_000);
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.tickets()).isEqualTo(5000);
        assertThat(options.warmup()).isEqualTo(1000);
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void articlesAreAnOptionOfTheSearchScenarioOnlyAndRateIsNot() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--articles=500"}))
                .hasMessage("--articles applies to --scenario=search only");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=search", "--rate=5"}))
                .hasMessage("--rate does not apply to --scenario=search, which opens no tickets under load");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=search", "--articles=99"}))
                .hasMessage("--articles must be a whole number from 100 to 200000, got: 99");
        assertThat(BenchmarkOptions.parse(new String[] {"--scenario=search", "--articles=1000"}).articles())
                .isEqualTo(1000);
    }

    @Test
    void articleNumberNIsAlwaysTheSameArticle() {
        assertThat(corpus.article(42)).isEqualTo(new ArticleCorpus(7).article(42));
        assertThat(corpus.article(42)).isNotEqualTo(corpus.article(43));
        assertThat(corpus.article(42)).isNotEqualTo(new ArticleCorpus(8).article(42));
    }

    @Test
    void sevenInTenArticlesAreEnglishAndEveryOneIsInTheBenchmarkCategoryWithAValidBody() {
        long english = 0;
        for (int n = 0; n < 100; n++) {
            Map<String, Object> article = corpus.article(n);
            english += "en".equals(article.get("language")) ? 1 : 0;
            assertThat((List<?>) article.get("categories")).first().isEqualTo(ArticleCorpus.CATEGORY);
            assertThat((String) article.get("title")).hasSizeLessThan(200).endsWith(" " + n);
            assertThat(((String) article.get("body")).split("\\s+")).hasSizeBetween(30, 400);
            assertThat(article.get("kind")).isIn("HOW_TO", "FAQ", "KNOWN_ERROR");
        }
        assertThat(english).isEqualTo(70);
    }

    @Test
    void aCommonWordIsInSomeArticlesNotInAllLikeInARealKnowledgeBase() {
        int withPassword = 0;
        int withAMadeUpWord = 0;
        for (int n = 0; n < 2000; n++) {
            List<String> words = List.of(((String) corpus.article(n).get("body")).toLowerCase().split("[\\s.]+"));
            withPassword += words.contains("password") ? 1 : 0;
            withAMadeUpWord += words.contains(corpus.madeUpWord(new Random(0)).toLowerCase()) ? 1 : 0;
        }
        // mostly the English accounts articles (one in eight of seven in ten), and a few others
        assertThat(withPassword).isBetween(100, 500);
        assertThat(withAMadeUpWord).isLessThan(1800);
    }

    @Test
    void germanArticlesUseGermanWords() {
        Map<String, Object> german = corpus.article(7);

        assertThat(german.get("language")).isEqualTo("de");
        assertThat(((String) german.get("body")).toLowerCase().split("[\\s.]+"))
                .containsAnyElementsOf(ArticleCorpus.GERMAN)
                .doesNotContainAnyElementsOf(ArticleCorpus.ENGLISH.stream()
                        .filter(word -> !ArticleCorpus.GERMAN.contains(word)).toList());
    }

    @Test
    void theSearchesAreAFixedMixOfPlainTypoFilteredAndMadeUpWords() {
        List<String> queries = SearchQueries.of(corpus, 5, 1000);

        assertThat(queries).isEqualTo(SearchQueries.of(new ArticleCorpus(7), 5, 1000));
        assertThat(queries).allMatch(query -> query.startsWith("q="));
        assertThat(queries.stream().filter(query -> query.contains("&lang=")).count()).isBetween(100L, 200L);
        assertThat(queries.stream().filter(query -> query.contains("&category=") || query.contains("&kind="))
                .count()).isBetween(60L, 140L);
        assertThat(queries).allMatch(query -> !URLDecoder.decode(query.substring(2).replaceFirst("&.*", ""),
                StandardCharsets.UTF_8).isBlank());
    }

    @Test
    void aTypoChangesExactlyOneLetterAndNeverTheFirst() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            String typo = SearchQueries.typo(random, "password");
            assertThat(typo).hasSize(8).startsWith("p").isNotEqualTo("password");
            int differences = 0;
            for (int at = 0; at < 8; at++) {
                differences += typo.charAt(at) == "password".charAt(at) ? 0 : 1;
            }
            assertThat(differences).isEqualTo(1);
        }
    }

    @Test
    void theRunFailsOnAP99AtTheTargetOrOnAnIndexShortOfArticles() {
        SearchReport passing = report(50_000, 49.9);
        SearchReport slow = report(50_000, 50.0);
        SearchReport short_ = report(49_999, 10);

        assertThat(passing.passed()).isTrue();
        assertThat(passing.toText()).contains("RESULT: PASS").contains("index: 50000 published benchmark articles");
        assertThat(slow.failures()).containsExactly("search p99 50.0 ms is not under 50 ms");
        assertThat(short_.failures()).containsExactly("the index shows 49999 of 50000 benchmark articles");
    }

    /** A report whose measured searches all took {@code p99Ms}. */
    private static SearchReport report(long indexed, double p99Ms) {
        long[] nanos = new long[100];
        java.util.Arrays.fill(nanos, (long) (p99Ms * 1e6));
        CommandStats stats = new CommandStats("search", 100, 0, 50, LatencySummary.of(nanos, 1e6));
        return new SearchReport(new SearchReport.Settings("search", 50_000, 4, 100, 0, "http://localhost:8080"),
                indexed, 0, 0, 0, 2, stats, 3, 0, false, List.of(), 1);
    }
}
