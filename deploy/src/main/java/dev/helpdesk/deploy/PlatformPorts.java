package dev.helpdesk.deploy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Every TCP port the local platform listens on (all bound to the loopback interface). */
public record PlatformPorts(Map<Component, Integer> components, int kafka, int kafkaController, int mongo, int smtp,
        int imap) {

    public static final int DEFAULT_KAFKA = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER = 9093;
    public static final int DEFAULT_MONGO = 27017;
    public static final int DEFAULT_SMTP = 2525;
    public static final int DEFAULT_IMAP = 3143;

    public PlatformPorts {
        components = Map.copyOf(components);
        for (Component component : Component.values()) {
            if (!components.containsKey(component)) {
                throw new IllegalArgumentException("no port for " + component.module);
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (int port : all(components, kafka, kafkaController, mongo, smtp, imap)) {
            if (!seen.add(port)) {
                throw new IllegalArgumentException("port " + port + " is configured twice");
            }
        }
    }

    /**
     * The ports of the reference design: gateway 8080, services 8081-8085, Kafka 9092/9093, MongoDB 27017,
     * mail SMTP 2525 and IMAP 3143.
     */
    public static PlatformPorts defaults() {
        Map<Component, Integer> components = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            components.put(component, defaultPort(component));
        }
        return new PlatformPorts(components, DEFAULT_KAFKA, DEFAULT_KAFKA_CONTROLLER, DEFAULT_MONGO, DEFAULT_SMTP,
                DEFAULT_IMAP);
    }

    public static int defaultPort(Component component) {
        return switch (component) {
            case GATEWAY -> 8080;
            case TICKET -> 8081;
            case ESCALATION -> 8082;
            case KNOWLEDGE -> 8083;
            case REPORTING -> 8084;
            case CUSTOMER -> 8085;
        };
    }

    public int of(Component component) {
        return components.get(component);
    }

    public int gateway() {
        return of(Component.GATEWAY);
    }

    private static int[] all(Map<Component, Integer> components, int... nodes) {
        int[] ports = new int[components.size() + nodes.length];
        int i = 0;
        for (int port : components.values()) {
            ports[i++] = port;
        }
        for (int port : nodes) {
            ports[i++] = port;
        }
        return ports;
    }
}
