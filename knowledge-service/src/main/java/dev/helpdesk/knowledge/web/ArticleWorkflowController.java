package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.PublishArticle;
import dev.helpdesk.knowledge.api.RetireArticle;
import dev.helpdesk.knowledge.api.SubmitArticleForReview;
import dev.helpdesk.knowledge.query.ArticleState;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.IfMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workflow actions on one article, at DESIGN.md's paths ({@code /review}, {@code /publish},
 * {@code /retire}). Each takes an optional {@code If-Match} (a stale one is a 412 and changes
 * nothing) and answers with the article as it is now and its new ETag; an action its status does
 * not allow is a 409 naming the status.
 */
@RestController
@RequestMapping("/api/v1/articles/{id}")
class ArticleWorkflowController {

    private final ArticleCommands commands;
    private final ArticleTimeline timeline;

    ArticleWorkflowController(ArticleCommands commands, ArticleTimeline timeline) {
        this.commands = commands;
        this.timeline = timeline;
    }

    /** The latest draft goes to review; any staff member may ask. */
    @PostMapping("/review")
    ResponseEntity<ArticleResponse> submitForReview(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        ArticleAccess.requireStaff(caller);
        return act(id, new SubmitArticleForReview(id, IfMatch.expectedVersion(ifMatch, "article")), caller, http);
    }

    @PostMapping("/publish")
    ResponseEntity<ArticleResponse> publish(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        ArticleAccess.requireEditor(caller);
        return act(id, new PublishArticle(id, IfMatch.expectedVersion(ifMatch, "article")), caller, http);
    }

    @PostMapping("/retire")
    ResponseEntity<ArticleResponse> retire(@PathVariable UUID id,
            @RequestBody(required = false) ArticleRequests.Retire body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        ArticleAccess.requireEditor(caller);
        String reason = body == null ? null : body.reason();
        return act(id, new RetireArticle(id, IfMatch.expectedVersion(ifMatch, "article"), reason), caller, http);
    }

    private ResponseEntity<ArticleResponse> act(UUID id, Object command, Caller caller, HttpServletRequest http) {
        timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
        commands.send(command, caller, http);
        ArticleState article = timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
        return ResponseEntity.ok().eTag(IfMatch.etagOf(article.sequence())).body(ArticleResponse.forStaff(article));
    }
}
