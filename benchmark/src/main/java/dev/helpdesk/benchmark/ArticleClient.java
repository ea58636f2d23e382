package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;

/** The knowledge API as the search scenario uses it, through the gateway, as the demo supervisor. */
final class ArticleClient {

    private final GatewayClient gateway;
    private final URI articles;
    private final ObjectMapper json;

    ArticleClient(GatewayClient gateway, URI gatewayUri, ObjectMapper json) {
        this.gateway = gateway;
        this.articles = URI.create(gatewayUri + "/api/v1/articles");
        this.json = json;
    }

    /**
     * Creates, submits and publishes one article: the way every article reaches readers.
     *
     * @return the first answer that failed, or the publication's
     */
    Reply publishNew(Map<String, Object> article) throws InterruptedException {
        Reply created = gateway.post(articles, OptionalLong.empty(), article);
        if (!created.ok()) {
            return created;
        }
        Reply reviewed = gateway.post(action(created.id(), "review"), OptionalLong.of(created.version()),
                Map.of());
        if (!reviewed.ok()) {
            return reviewed;
        }
        return gateway.post(action(created.id(), "publish"), OptionalLong.of(reviewed.version()), Map.of());
    }

    /** How many benchmark articles there are: all of them, or only the published ones (which the index shows). */
    long count(boolean publishedOnly) throws InterruptedException {
        String query = "?category=" + ArticleCorpus.CATEGORY + "&size=1" + (publishedOnly ? "&status=PUBLISHED" : "");
        Reply reply = gateway.exchange(URI.create(articles + query), OptionalLong.empty(), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("counting the benchmark articles answered " + reply.status() + ": "
                    + reply.body());
        }
        return total(reply);
    }

    /** {@code GET /api/v1/articles/search?<query>}, timed. */
    Reply search(String query) throws InterruptedException {
        return gateway.exchange(URI.create(articles + "/search?" + query), OptionalLong.empty(), null);
    }

    /** The {@code total} of a list or search answer. */
    long total(Reply reply) {
        try {
            return json.readTree(reply.body()).path("total").asLong(0);
        } catch (IOException e) {
            throw new IllegalStateException("not a list answer: " + reply.body(), e);
        }
    }

    private URI action(String articleId, String action) {
        return URI.create(articles + "/" + articleId + "/" + action);
    }
}
