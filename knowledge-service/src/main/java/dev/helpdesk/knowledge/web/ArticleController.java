package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.UpdateArticle;
import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.query.ArticleState;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import dev.helpdesk.knowledge.query.ArticleVersion;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.IfMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Writing and reading one article, and its versions. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleCommands commands;
    private final ArticleTimeline timeline;
    private final ArticleEffectiveness effectiveness;

    ArticleController(ArticleCommands commands, ArticleTimeline timeline, ArticleEffectiveness effectiveness) {
        this.commands = commands;
        this.timeline = timeline;
        this.effectiveness = effectiveness;
    }

    /** A new article, version 1, a draft: 201 with its Location and ETag. */
    @PostMapping
    ResponseEntity<ArticleResponse> create(@RequestBody ArticleRequests.Create request, Caller caller,
            HttpServletRequest http) {
        ArticleAccess.requireStaff(caller);
        UUID id = UUID.randomUUID();
        commands.send(new CreateArticle(id, request.kind(), request.language(),
                new ArticleContent(request.title(), request.body(), request.tags(), request.categories(),
                        request.relatedService(), request.assetType()), caller.id(), null), caller, http);
        ArticleState article = staffView(id);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + id))
                .eTag(IfMatch.etagOf(article.sequence())).body(ArticleResponse.forStaff(article));
    }

    /**
     * Staff read the latest version (drafts too); readers the published one, or nothing. A reader's
     * read counts as a view of the article (staff reads do not: they maintain it).
     */
    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> get(@PathVariable UUID id, Caller caller) {
        ArticleState article = timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
        if (ArticleAccess.isStaff(caller)) {
            return ResponseEntity.ok().eTag(IfMatch.etagOf(article.sequence())).body(ArticleResponse.forStaff(article));
        }
        ArticleVersion published = article.published().orElseThrow(() -> new ArticleNotFound("article " + id));
        effectiveness.viewed(id.toString());
        return ResponseEntity.ok().eTag(IfMatch.etagOf(article.sequence()))
                .body(ArticleResponse.forReaders(article, published));
    }

    /** An edit: a new version, a draft; a published version stays what readers see. */
    @PatchMapping("/{id}")
    ResponseEntity<ArticleResponse> update(@PathVariable UUID id, @RequestBody ArticleRequests.Update request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        ArticleAccess.requireStaff(caller);
        Long expected = IfMatch.expectedVersion(ifMatch, "article");
        staffView(id);
        commands.send(new UpdateArticle(id, expected, request.title(), request.body(), request.tags(),
                request.categories(), request.relatedService(), request.assetType(), caller.id()), caller, http);
        ArticleState article = staffView(id);
        return ResponseEntity.ok().eTag(IfMatch.etagOf(article.sequence())).body(ArticleResponse.forStaff(article));
    }

    @GetMapping("/{id}/versions")
    VersionResponses.Listing versions(@PathVariable UUID id, Caller caller) {
        ArticleAccess.requireStaff(caller);
        ArticleState article = staffView(id);
        return new VersionResponses.Listing(id, article.versions().stream().map(VersionResponses.Entry::of).toList(),
                0, article.versions().size(), article.versions().size());
    }

    @GetMapping("/{id}/versions/{version}")
    VersionResponses.Full version(@PathVariable UUID id, @PathVariable int version, Caller caller) {
        ArticleAccess.requireStaff(caller);
        ArticleVersion found = staffView(id).version(version)
                .orElseThrow(() -> new ArticleNotFound("version " + version + " of article " + id));
        return VersionResponses.Full.of(id, found);
    }

    private ArticleState staffView(UUID id) {
        return timeline.current(id).orElseThrow(() -> new ArticleNotFound("article " + id));
    }
}
