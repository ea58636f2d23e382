package dev.helpdesk.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one downstream service: it answers its readiness
 * probe as told, and records every other request it receives.
 */
public final class FakeService implements AutoCloseable {

    /** What the service said back in its {@code X-Correlation-Id}, to see the gateway not doubling it. */
    public static final String ECHOED_CORRELATION_ID = "echoed-by-service";

    private final String name;

    private final int port;

    private final BlockingQueue<ReceivedRequest> received = new LinkedBlockingQueue<>();

    private volatile HttpServer server;

    private volatile int readinessCode = 200;

    private volatile String readinessBody = "{\"status\":\"UP\"}";

    private volatile Duration readinessDelay = Duration.ZERO;

    /** While set, each API request waits until this many are in flight at once (or its time is up). */
    private volatile CountDownLatch held;

    private volatile Duration holdAtMost = Duration.ZERO;

    private final AtomicInteger inFlight = new AtomicInteger();

    private final AtomicInteger mostInFlight = new AtomicInteger();

    private FakeService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
        this.port = server.getAddress().getPort();
        bindHandlers();
    }

    /** Listens on a free port of the loopback interface. */
    public static FakeService start(String name) {
        return new FakeService(name, listen(name, 0));
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String name() {
        return name;
    }

    public void readinessAnswers(int code, String body) {
        this.readinessCode = code;
        this.readinessBody = body;
    }

    public void readinessIsSlow(Duration delay) {
        this.readinessDelay = delay;
    }

    public void readinessIsUp() {
        readinessAnswers(200, "{\"status\":\"UP\"}");
        readinessIsSlow(Duration.ZERO);
    }

    /**
     * From now on each API request is answered only once {@code count} of them are in flight at
     * once, or after {@code atMost}: shows how many requests the gateway passes on concurrently.
     */
    public void holdRequestsUntilInFlight(int count, Duration atMost) {
        mostInFlight.set(0);
        holdAtMost = atMost;
        held = new CountDownLatch(count);
    }

    public void answerAtOnce() {
        held = null;
    }

    /** The most API requests in flight at once since {@link #holdRequestsUntilInFlight}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** The next request that reached this service, or null if none came in time. */
    public ReceivedRequest nextRequest(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void clearRequests() {
        received.clear();
    }

    /** Stops listening: connections to its port are refused until {@link #restart()}. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port, so the gateway's configured URI is valid again. */
    public void restart() {
        server = listen(name, port);
        bindHandlers();
    }

    @Override
    public void close() {
        stop();
    }

    private static HttpServer listen(String name, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            // One thread per request: a deliberately slow answer must not hold up the next test's calls.
            server.setExecutor(Executors.newCachedThreadPool(FakeService::daemon));
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot start the fake " + name + " service", ex);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "fake-service");
        thread.setDaemon(true);
        return thread;
    }

    private void bindHandlers() {
        server.createContext("/", this::handle);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/actuator/health/readiness")) {
                sleep(readinessDelay);
                respond(exchange, readinessCode, readinessBody);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            holdWhileAsked();
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), new String(body, StandardCharsets.UTF_8)));
            exchange.getResponseHeaders().add("X-Correlation-Id", ECHOED_CORRELATION_ID);
            respond(exchange, 200, "{\"service\":\"" + name + "\"}");
        }
        finally {
            exchange.close();
        }
    }

    private void holdWhileAsked() {
        CountDownLatch latch = held;
        if (latch == null) {
            return;
        }
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        latch.countDown();
        try {
            latch.await(holdAtMost.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        finally {
            inFlight.decrementAndGet();
        }
    }

    private static void respond(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Form-style decoding ({@code +} is a space), as a servlet container reads a query or a form body. */
    public static Map<String, List<String>> decodeForm(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2" or a trailing "&": containers skip these
            }
            String[] nameAndValue = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                .add(nameAndValue.length == 1 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** One request as the service saw it. */
    public record ReceivedRequest(String method, String pathAndQuery, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public String path() {
            return URI.create(pathAndQuery).getRawPath();
        }

        /** The query as the service's servlet container would read it. */
        public Map<String, List<String>> queryParameters() {
            return decodeForm(URI.create(pathAndQuery).getRawQuery());
        }
    }
}
