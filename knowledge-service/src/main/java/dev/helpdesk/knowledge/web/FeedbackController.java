package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.query.ArticleState;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback on an article (issue 5, item 5): whoever reads its published version marks it helpful or
 * not, once each — a customer counts as their customer id, anyone else as their token's subject, and
 * voting again replaces their vote. A draft, a retired article or none at all is a 404.
 */
@RestController
class FeedbackController {

    private final ArticleEffectiveness effectiveness;
    private final ArticleTimeline timeline;

    FeedbackController(ArticleEffectiveness effectiveness, ArticleTimeline timeline) {
        this.effectiveness = effectiveness;
        this.timeline = timeline;
    }

    /** {@code {helpful: true|false}}. */
    record Feedback(Boolean helpful) {
    }

    /** The caller's vote as recorded: {@code {articleId, voterId, helpful}}. */
    record Vote(UUID articleId, String voterId, boolean helpful) {
    }

    @PostMapping("/api/v1/articles/{id}/feedback")
    Vote feedback(@PathVariable UUID id, @RequestBody Feedback body, Caller caller) {
        if (body == null || body.helpful() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidField("helpful", "must be true or false"), null);
        }
        ArticleState article = timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
        if (article.published().isEmpty()) {
            throw new ArticleNotFound("published article " + id);
        }
        boolean customer = caller.isCustomerOnly() && caller.customerId() != null;
        String voter = customer ? caller.customerId() : caller.id();
        effectiveness.vote(id.toString(), voter, body.helpful(), customer);
        return new Vote(id, voter, body.helpful());
    }
}
