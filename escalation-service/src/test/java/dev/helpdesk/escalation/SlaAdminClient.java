package dev.helpdesk.escalation;

import dev.helpdesk.testsupport.HttpProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests to the SLA policy and calendar endpoints, with the PUT that {@link HttpProbe} lacks. */
final class SlaAdminClient {

    static final String POLICIES = "/api/v1/sla/policies";
    static final String CALENDARS = "/api/v1/sla/calendars";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpProbe probe;
    private final String base;

    SlaAdminClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.probe = new HttpProbe(base);
    }

    HttpProbe.Reply get(String path, String token) {
        return probe.get(path, token);
    }

    HttpProbe.Reply post(String path, String token, String json) {
        return probe.post(path, token, json);
    }

    HttpProbe.Reply put(String path, String token, String json) {
        return put(path, token, json, null);
    }

    /** @param ifMatch the {@code If-Match} header, or null for none */
    HttpProbe.Reply put(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return new HttpProbe.Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A policy body; {@code id} null leaves it out. */
    static String policy(String id, String name, String firstResponse, String resolution, String calendarId) {
        return """
                {%s"name":"%s","conditions":{"priorities":["P2"],"categories":["Network"],"vip":true},
                 "firstResponse":"%s","resolution":"%s","calendarId":"%s","warnAt":[0.5,0.8]}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", name, firstResponse, resolution, calendarId);
    }

    /** A calendar body; {@code id} null leaves it out. */
    static String calendar(String id, String name, String zone, String holidays) {
        return """
                {%s"name":"%s","zone":"%s",
                 "hours":{"MONDAY":[["08:00","12:00"],["13:00","17:00"]],"WEDNESDAY":[["00:00","24:00"]]},
                 "holidays":[%s]}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", name, zone, holidays);
    }
}
