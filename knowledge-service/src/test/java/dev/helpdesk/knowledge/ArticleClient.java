package dev.helpdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.testsupport.HttpProbe;
import java.util.Map;

/** Articles through the service's HTTP API, as the tests need them. */
final class ArticleClient {

    private final HttpProbe http;

    ArticleClient(HttpProbe http) {
        this.http = http;
    }

    /** A draft; returns its id. */
    String create(String token, String kind, String language, String title, String body) {
        HttpProbe.Reply reply = http.post("/api/v1/articles", token, """
                {"kind":"%s","language":"%s","title":"%s","body":"%s","tags":["Test"],"categories":["testing"]}"""
                .formatted(kind, language, title, body));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json("$.id");
    }

    /** Submitted by the agent and published by the editor; returns its id. */
    String published(String agent, String editor, String kind, String language, String title, String body) {
        String id = create(agent, kind, language, title, body);
        act(id, "review", agent);
        act(id, "publish", editor);
        return id;
    }

    HttpProbe.Reply act(String id, String action, String token) {
        HttpProbe.Reply reply = http.post("/api/v1/articles/" + id + "/" + action, token, "");
        assertThat(reply.status()).as(action + ": " + reply).isEqualTo(200);
        return reply;
    }

    HttpProbe.Reply edit(String id, String token, String json, String ifMatch) {
        return http.patch("/api/v1/articles/" + id, token, json,
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }
}
