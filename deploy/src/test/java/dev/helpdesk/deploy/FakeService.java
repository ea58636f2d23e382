package dev.helpdesk.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a service jar in the launcher tests: prints its arguments, answers every Actuator
 * health request with UP, and stops on SIGTERM. Uses only the JDK, so that its class alone makes a jar.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("fake service arguments: " + String.join(" ", args));
        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/actuator/health", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping");
            server.stop(0);
        }));
        server.start();
    }
}
