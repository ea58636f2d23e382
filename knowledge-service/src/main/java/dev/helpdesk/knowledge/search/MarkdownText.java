package dev.helpdesk.knowledge.search;

import java.util.regex.Pattern;

/**
 * The words of a Markdown body without its markup, for the index and the snippets: a snippet
 * shows "Open the portal" rather than "**Open** the [portal](https://…)".
 */
final class MarkdownText {

    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^```.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s*");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s*>\\s?");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[-*+]\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]{1,3}");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        String text = CODE_FENCE.matcher(markdown).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = HEADING.matcher(text).replaceAll("");
        text = QUOTE.matcher(text).replaceAll("");
        text = BULLET.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }
}
