package dev.helpdesk.knowledge.seed;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One seeded article, read from a Markdown file with a small header ({@code key: value} lines,
 * then a {@code ---} line, then the body). Its id is derived from its {@code key}, so every
 * start, and every instance, means the same article by it.
 */
record SeedArticle(UUID id, ArticleKind kind, String language, ArticleContent content) {

    static SeedArticle parse(String text) {
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException("A seed article needs a header, then a line '---', then its body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String body = text.substring(separator + "\n---\n".length()).strip() + "\n";
        UUID id = UUID.nameUUIDFromBytes(("helpdesk-seed-article:" + required(header, "key"))
                .getBytes(StandardCharsets.UTF_8));
        return new SeedArticle(id, ArticleKind.valueOf(required(header, "kind")), required(header, "language"),
                new ArticleContent(required(header, "title"), body, list(header.get("tags")),
                        list(header.get("categories")), header.get("relatedService"), header.get("assetType")));
    }

    private static String required(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A seed article needs '" + key + ":' in its header");
        }
        return value;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
