package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import dev.helpdesk.platform.security.Caller;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How much an article helps (issue 5, item 5), for the staff who maintain it. */
@RestController
class EffectivenessController {

    private final ArticleEffectiveness effectiveness;
    private final ArticleTimeline timeline;

    EffectivenessController(ArticleEffectiveness effectiveness, ArticleTimeline timeline) {
        this.effectiveness = effectiveness;
        this.timeline = timeline;
    }

    /** {@code {articleId, views, helpful, notHelpful, helpfulRatio, ticketsResolved, deflections}}. */
    @GetMapping("/api/v1/articles/{id}/effectiveness")
    ArticleEffectiveness.Figures figures(@PathVariable UUID id, Caller caller) {
        ArticleAccess.requireStaff(caller);
        timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
        return effectiveness.of(id.toString());
    }
}
