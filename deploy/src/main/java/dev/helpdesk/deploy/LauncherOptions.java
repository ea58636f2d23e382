package dev.helpdesk.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The launcher's command-line options and how they become {@link PlatformSettings}. */
final class LauncherOptions {

    static final String DATA_DIR = "data-dir";
    static final String REPO_ROOT = "repo-root";
    static final String KAFKA_PORT = "kafka-port";
    static final String KAFKA_CONTROLLER_PORT = "kafka-controller-port";
    static final String MONGO_PORT = "mongo-port";
    static final String SMTP_PORT = "smtp-port";
    static final String IMAP_PORT = "imap-port";
    static final String SERVICE_JVM_OPTIONS = "service-jvm-options";
    static final String KAFKA_JVM_OPTIONS = "kafka-jvm-options";
    static final String MONGO_JVM_OPTIONS = "mongo-jvm-options";
    static final String START_TIMEOUT = "start-timeout";
    static final String SERVICES = "services";
    static final String HELP = "help";

    private LauncherOptions() {
    }

    static String portOption(Component component) {
        return component.shortName + "-port";
    }

    /** Option name to its description with the default, in the order --help shows them. */
    static Map<String, String> descriptions() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(DATA_DIR, "data directory (default <repo-root>/.data)");
        all.put(REPO_ROOT, "repository root holding <module>/target/<module>.jar (default: the working directory)");
        for (Component component : Component.values()) {
            all.put(portOption(component), component.module + " HTTP port (default "
                    + PlatformPorts.defaultPort(component) + ")");
        }
        all.put(KAFKA_PORT, "Kafka client listener (default " + PlatformPorts.DEFAULT_KAFKA + ")");
        all.put(KAFKA_CONTROLLER_PORT, "Kafka KRaft controller listener (default "
                + PlatformPorts.DEFAULT_KAFKA_CONTROLLER + ")");
        all.put(MONGO_PORT, "MongoDB wire protocol (default " + PlatformPorts.DEFAULT_MONGO + ")");
        all.put(SMTP_PORT, "mail server SMTP (default " + PlatformPorts.DEFAULT_SMTP + ")");
        all.put(IMAP_PORT, "mail server IMAP (default " + PlatformPorts.DEFAULT_IMAP + ")");
        all.put(SERVICE_JVM_OPTIONS, "JVM options of each service, space separated (default \""
                + String.join(" ", PlatformSettings.DEFAULT_SERVICE_JVM_OPTIONS) + "\")");
        all.put(KAFKA_JVM_OPTIONS, "JVM options of the Kafka broker (default \""
                + String.join(" ", PlatformSettings.DEFAULT_KAFKA_JVM_OPTIONS) + "\")");
        all.put(MONGO_JVM_OPTIONS, "JVM options of the MongoDB-wire server (default \""
                + String.join(" ", PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS) + "\")");
        all.put(START_TIMEOUT, "seconds start-up may take before giving up (default "
                + PlatformSettings.DEFAULT_START_TIMEOUT.toSeconds() + ")");
        all.put(SERVICES, "services to run behind the gateway, comma separated (default: all of "
                + String.join(",", Component.services().stream().map(c -> c.shortName).toList())
                + "); MongoDB, Kafka, mail and the gateway always run");
        all.put(HELP, "print this help");
        return all;
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                Runs the whole help desk platform locally: a Kafka broker, a MongoDB-wire server, a mail server
                (SMTP and IMAP) and every service as its own process. Stop it with Ctrl-C.

                usage: java -jar deploy/target/helpdesk-local.jar [--option=value ...]

                Each option can also be given as a system property -Dhelpdesk.<option>=value or an
                environment variable HELPDESK_<OPTION> (upper case, '-' as '_'); the command line wins.

                """);
        descriptions().forEach((name, description) -> text.append(String.format("  --%-24s %s%n", name, description)));
        return text.toString();
    }

    static PlatformSettings toSettings(Options options, Path workingDirectory) {
        options.rejectUnknownArguments(descriptions().keySet());
        Path repoRoot = Path.of(options.get(REPO_ROOT, workingDirectory.toString()));
        Map<Component, Integer> componentPorts = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            componentPorts.put(component, options.port(portOption(component), PlatformPorts.defaultPort(component)));
        }
        PlatformPorts ports = new PlatformPorts(componentPorts,
                options.port(KAFKA_PORT, PlatformPorts.DEFAULT_KAFKA),
                options.port(KAFKA_CONTROLLER_PORT, PlatformPorts.DEFAULT_KAFKA_CONTROLLER),
                options.port(MONGO_PORT, PlatformPorts.DEFAULT_MONGO),
                options.port(SMTP_PORT, PlatformPorts.DEFAULT_SMTP),
                options.port(IMAP_PORT, PlatformPorts.DEFAULT_IMAP));
        return new PlatformSettings(
                repoRoot,
                Path.of(options.get(DATA_DIR, repoRoot.resolve(".data").toString())),
                ports,
                jvmOptions(options, SERVICE_JVM_OPTIONS, PlatformSettings.DEFAULT_SERVICE_JVM_OPTIONS),
                jvmOptions(options, KAFKA_JVM_OPTIONS, PlatformSettings.DEFAULT_KAFKA_JVM_OPTIONS),
                jvmOptions(options, MONGO_JVM_OPTIONS, PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS),
                Duration.ofSeconds(seconds(options.get(START_TIMEOUT,
                        Long.toString(PlatformSettings.DEFAULT_START_TIMEOUT.toSeconds())))),
                services(options.get(SERVICES, "all")));
    }

    /** {@code all}, or short names such as {@code reporting,ticket}; an unknown name is refused. */
    static Set<Component> services(String value) {
        if (value.isBlank() || "all".equals(value.trim())) {
            return Set.copyOf(Component.services());
        }
        Set<Component> chosen = EnumSet.noneOf(Component.class);
        for (String name : value.split(",")) {
            String wanted = name.trim();
            Component component = Component.services().stream().filter(c -> c.shortName.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--" + SERVICES + ": unknown service '" + wanted
                            + "'; known: all, " + String.join(", ",
                                    Component.services().stream().map(c -> c.shortName).toList())));
            chosen.add(component);
        }
        return chosen;
    }

    private static List<String> jvmOptions(Options options, String name, List<String> defaults) {
        return options.find(name).map(value -> List.of(value.split("\\s+"))).orElse(defaults);
    }

    private static long seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + START_TIMEOUT + " must be a positive number of seconds, got: "
                    + value, e);
        }
    }
}
