package dev.helpdesk.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The searches of the search scenario, the same list on every run: what agents and the portal
 * type. Most name one to three help-desk words in either language; some carry a one-letter typo
 * (the costliest kind: each such word is matched against the whole term dictionary); some filter
 * by language, kind or topic; some name a made-up product.
 */
final class SearchQueries {

    private SearchQueries() {
    }

    /** {@code count} query strings for {@code GET /api/v1/articles/search}, without the leading {@code ?}. */
    static List<String> of(ArticleCorpus corpus, long seed, int count) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(next(corpus, random));
        }
        return List.copyOf(queries);
    }

    private static String next(ArticleCorpus corpus, Random random) {
        boolean german = random.nextInt(10) >= 7;
        // the words of one question belong together: those of one topic
        List<String> words = ArticleCorpus.topicShare(german ? ArticleCorpus.GERMAN : ArticleCorpus.ENGLISH,
                random.nextInt(ArticleCorpus.TOPICS.size()));
        int kind = random.nextInt(100);
        if (kind < 45) {
            return q(ArticleCorpus.pick(random, words) + " " + ArticleCorpus.pick(random, words));
        }
        if (kind < 65) {
            return q(typo(random, longWord(random, words)));
        }
        if (kind < 80) {
            return q(ArticleCorpus.pick(random, words) + " " + ArticleCorpus.pick(random, words) + " "
                    + ArticleCorpus.pick(random, words)) + "&lang=" + (german ? "de" : "en");
        }
        if (kind < 90) {
            return q(ArticleCorpus.pick(random, words) + " " + corpus.madeUpWord(random));
        }
        String topic = ArticleCorpus.TOPICS.get(random.nextInt(ArticleCorpus.TOPICS.size()));
        return q(ArticleCorpus.pick(random, words)) + (random.nextBoolean() ? "&category=" + topic : "&kind=HOW_TO");
    }

    private static String longWord(Random random, List<String> words) {
        String word;
        do {
            word = ArticleCorpus.pick(random, words);
        } while (word.length() < 5);
        return word;
    }

    /** One letter replaced by another: a typing mistake that the search must forgive. */
    static String typo(Random random, String word) {
        int at = 1 + random.nextInt(word.length() - 1);
        char wrong = (char) ('a' + random.nextInt(26));
        if (wrong == word.charAt(at)) {
            wrong = wrong == 'z' ? 'a' : (char) (wrong + 1);
        }
        return word.substring(0, at) + wrong + word.substring(at + 1);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
