package dev.helpdesk.escalation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for the ticket service's public API, as far as turning a problem
 * candidate into a problem uses it: {@code POST /api/v1/tickets} (201 with a new id, or 200 with the
 * same id for an {@code Idempotency-Key} seen before) and {@code POST /api/v1/tickets/{id}/links}
 * (200, linking again too), answering as told for chosen incidents. It records every request.
 */
final class FakeTicketService implements AutoCloseable {

    private static final Pattern LINKS = Pattern.compile("/api/v1/tickets/([^/]+)/links");

    /** A request as it arrived. */
    record Received(String method, String path, String authorization, String idempotencyKey, String body) {
    }

    private final List<Received> received = new ArrayList<>();
    private final Map<String, String> openedByKey = new ConcurrentHashMap<>();
    /** Incident id → status and body of the next answer to linking it (once). */
    private final Map<String, Map.Entry<Integer, String>> linkAnswers = new ConcurrentHashMap<>();
    private final Set<String> closedIncidents = ConcurrentHashMap.newKeySet();
    /** How long the next opening takes before it answers (once); its key is taken at once, as the real one does. */
    private volatile Duration nextOpenTakes = Duration.ZERO;
    private final int port;
    private volatile HttpServer server;

    FakeTicketService() {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The next link of this incident fails with a server error (once). */
    void failNextLinkOf(String incidentId) {
        linkAnswers.put(incidentId, Map.entry(500, "{\"status\":500,\"title\":\"Internal Server Error\"}"));
    }

    /** The next opening answers only after {@code delay} (its ticket exists at once). */
    void answerNextOpenAfter(Duration delay) {
        nextOpenTakes = delay;
    }

    /** The ticket opened under this idempotency key, or null. */
    String openedUnder(String idempotencyKey) {
        return openedByKey.get(idempotencyKey);
    }

    /** Links of this incident are refused as the ticket service refuses a closed ticket's. */
    void closed(String incidentId) {
        closedIncidents.add(incidentId);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    void stop() {
        server.stop(0);
    }

    void restart() {
        server = listen(port);
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            listening.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "fake-ticket-service");
                thread.setDaemon(true);
                return thread;
            }));
            listening.createContext("/", this::handle);
            listening.start();
            return listening;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fake ticket service", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Received request = new Received(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Authorization"), key,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            synchronized (received) {
                received.add(request);
            }
            Matcher link = LINKS.matcher(path);
            if (path.equals("/api/v1/tickets") && request.method().equals("POST")) {
                String earlier = key == null ? null : openedByKey.get(key);
                String id = earlier != null ? earlier : UUID.randomUUID().toString();
                if (key != null) {
                    openedByKey.putIfAbsent(key, id);
                }
                Duration takes = nextOpenTakes;
                nextOpenTakes = Duration.ZERO;
                pause(takes);
                exchange.getResponseHeaders().set("Location", "/api/v1/tickets/" + id);
                respond(exchange, earlier != null ? 200 : 201, "application/json",
                        "{\"id\":\"" + id + "\",\"number\":\"HD-000777\",\"type\":\"PROBLEM\",\"status\":\"NEW\"}");
            } else if (link.matches() && request.method().equals("POST")) {
                String incidentId = link.group(1);
                Map.Entry<Integer, String> answer = linkAnswers.remove(incidentId);
                if (answer != null) {
                    respond(exchange, answer.getKey(), "application/problem+json", answer.getValue());
                } else if (closedIncidents.contains(incidentId)) {
                    respond(exchange, 409, "application/problem+json",
                            "{\"status\":409,\"detail\":\"The ticket is CLOSED and cannot be linked\"}");
                } else {
                    respond(exchange, 200, "application/json", "{\"id\":\"" + incidentId + "\"}");
                }
            } else {
                respond(exchange, 404, "application/problem+json", "{\"status\":404}");
            }
        } finally {
            exchange.close();
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
