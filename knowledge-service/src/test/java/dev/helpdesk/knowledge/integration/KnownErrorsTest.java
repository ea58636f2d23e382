package dev.helpdesk.knowledge.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.tickets.TicketText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a known error drawn from a problem says, within the article's rules whatever the ticket held. */
class KnownErrorsTest {

    private static final String PROBLEM = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";

    @Test
    void theSymptomsAreTheProblemsDescriptionAndTheWorkaroundTheResolutionsNote() {
        ArticleContent content = KnownErrors.content(new TicketText(PROBLEM, "HD-000042", "PROBLEM",
                " VPN concentrator drops sessions ", "Users lose the VPN hourly.", "c-1", "network",
                List.of("vpn"), 3), " Use vpn2. ");

        assertThat(content.title()).isEqualTo("VPN concentrator drops sessions");
        assertThat(content.body()).isEqualTo("## Symptoms\n\nUsers lose the VPN hourly.\n\n## Workaround\n\nUse vpn2.");
        assertThat(content.tags()).containsExactly("vpn");
        assertThat(content.categories()).containsExactly("network");
    }

    @Test
    void whatTheArticleRulesWouldRefuseIsLeftOutOrShortened() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            tags.add("tag" + i);
        }
        tags.add(0, "x".repeat(61));
        ArticleContent content = KnownErrors.content(new TicketText(PROBLEM, "HD-000042", "PROBLEM", "s".repeat(300),
                null, "c-1", null, tags, 1), "w");

        assertThat(content.title()).hasSize(200);
        assertThat(content.body()).startsWith("## Symptoms\n\n" + "s".repeat(300));
        assertThat(content.tags()).hasSize(20).doesNotContain("x".repeat(61));
        assertThat(content.categories()).isEmpty();
    }

    @Test
    void theIdIsDerivedFromTheProblemAlone() {
        assertThat(KnownErrors.idFor(PROBLEM)).isEqualTo(KnownErrors.idFor(PROBLEM))
                .isEqualTo(UUID.nameUUIDFromBytes(("known-error:" + PROBLEM).getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(UUID.fromString(PROBLEM));
    }
}
