package dev.helpdesk.knowledge.query;

import dev.helpdesk.knowledge.api.ArticleContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions, in a line a reviewer reads at a glance: "title changed;
 * body: 3 lines added, 1 removed; tags: +vpn". Lines are compared as a multiset, which counts a
 * moved line as unchanged; enough for a summary, the versions themselves hold the full text.
 */
final class VersionDiff {

    private VersionDiff() {
    }

    static String summary(ArticleContent before, ArticleContent after) {
        if (before == null) {
            return "first version";
        }
        List<String> changes = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changes.add("title changed");
        }
        int added = linesMissing(after.body(), before.body());
        int removed = linesMissing(before.body(), after.body());
        if (added > 0 || removed > 0) {
            changes.add("body: " + added + (added == 1 ? " line" : " lines") + " added, " + removed + " removed");
        }
        labels("tags", before.tags(), after.tags(), changes);
        labels("categories", before.categories(), after.categories(), changes);
        if (!Objects.equals(before.relatedService(), after.relatedService())) {
            changes.add("related service changed");
        }
        if (!Objects.equals(before.assetType(), after.assetType())) {
            changes.add("asset type changed");
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /** Lines of {@code text} that {@code other} does not have (counting repeats). */
    private static int linesMissing(String text, String other) {
        Map<String, Integer> available = new HashMap<>();
        for (String line : other.split("\n", -1)) {
            available.merge(line.strip(), 1, Integer::sum);
        }
        int missing = 0;
        for (String line : text.split("\n", -1)) {
            Integer count = available.get(line.strip());
            if (count == null || count == 0) {
                missing++;
            } else {
                available.put(line.strip(), count - 1);
            }
        }
        return missing;
    }

    private static void labels(String name, List<String> before, List<String> after, List<String> changes) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(label -> !before.contains(label)).forEach(label -> parts.add("+" + label));
        before.stream().filter(label -> !after.contains(label)).forEach(label -> parts.add("-" + label));
        if (!parts.isEmpty()) {
            changes.add(name + ": " + String.join(" ", parts));
        }
    }
}
