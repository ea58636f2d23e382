package dev.helpdesk.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Brings a {@link RunningPlatform} up: MongoDB, Kafka and mail, then every service and the gateway at once. */
final class PlatformStartup {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;
    static final String BUILD_COMMAND = "./mvnw -B -q -DskipTests package";

    private final RunningPlatform platform;
    private final PlatformSettings settings;
    private final Progress progress;
    private final Probes probes = new Probes();
    private final Instant deadline;

    PlatformStartup(RunningPlatform platform, Progress progress) {
        this.platform = platform;
        this.settings = platform.settings();
        this.progress = progress;
        this.deadline = Instant.now().plus(settings.startTimeout());
    }

    void run() {
        requireServiceJars();
        requireFreePorts();
        ChildCommands commands = ChildCommands.forThisJvm(prepareDataDir());
        startInfrastructure(commands);
        startComponents(commands);
    }

    private void startInfrastructure(ChildCommands commands) {
        PlatformPorts ports = settings.ports();
        ChildProcess mongo = platform.launch("mongo", RunningPlatform.Tier.MONGO, commands.node(MongoNode.class,
                settings.mongoJvmOptions(),
                List.of("--data-dir=" + settings.mongoDir(), "--port=" + ports.mongo())));
        ChildProcess kafka = platform.launch("kafka", RunningPlatform.Tier.KAFKA, commands.node(KafkaNode.class,
                settings.kafkaJvmOptions(),
                List.of("--data-dir=" + settings.kafkaDir(), "--port=" + ports.kafka(),
                        "--controller-port=" + ports.kafkaController())));
        ChildProcess mail = platform.launch("mail", RunningPlatform.Tier.MAIL, commands.node(MailNode.class,
                PlatformSettings.MAIL_JVM_OPTIONS,
                List.of("--smtp-port=" + ports.smtp(), "--imap-port=" + ports.imap())));
        progress.step("starting mongo, kafka and mail");
        awaitUntil(mongo, "MongoDB to accept connections", () -> Probes.acceptsConnections(ports.mongo()));
        progress.step("mongo ready on 127.0.0.1:" + ports.mongo());
        awaitUntil(kafka, "Kafka to serve metadata", () -> Probes.acceptsConnections(ports.kafka())
                && Probes.kafkaServes(platform.kafkaBootstrapServers()));
        progress.step("kafka ready on " + platform.kafkaBootstrapServers());
        awaitUntil(mail, "the mail server to accept SMTP and IMAP connections",
                () -> Probes.acceptsConnections(ports.smtp()) && Probes.acceptsConnections(ports.imap()));
        progress.step("mail ready: SMTP on " + platform.smtpAddress() + ", IMAP on " + platform.imapAddress());
    }

    /** All at once: measured on 2 cores, six JVMs in parallel are ready sooner than one after another. */
    private void startComponents(ChildCommands commands) {
        Map<Component, ChildProcess> components = new EnumMap<>(Component.class);
        for (Component component : settings.components()) {
            components.put(component, platform.launch(component.module, RunningPlatform.Tier.SERVICES,
                    commands.jar(settings.jarOf(component), settings.serviceJvmOptions(), arguments(component))));
        }
        progress.step("starting " + components.keySet().stream().map(c -> c.module).collect(Collectors.joining(", ")));
        awaitAllReady(components);

        // With fewer services the gateway's health of the whole platform stays DOWN (the others do not
        // answer): the gateway's own readiness, and each chosen service's above, must do.
        URI platformHealth = platform.gatewayUrl().resolve(settings.allServices() ? "/actuator/health"
                : "/actuator/health/readiness");
        awaitUntil(components.get(Component.GATEWAY), "the gateway to report the platform UP at " + platformHealth,
                () -> probes.health(platformHealth).up());
        progress.step("platform UP at " + platformHealth);
    }

    /** The arguments each component gets: its port and where Kafka, MongoDB, the issuer and the services are. */
    List<String> arguments(Component component) {
        PlatformPorts ports = settings.ports();
        String issuer = "--helpdesk.security.issuer=http://localhost:" + ports.gateway();
        if (component == Component.GATEWAY) {
            List<String> args = new ArrayList<>(List.of(
                    "--server.port=" + ports.gateway(),
                    issuer,
                    "--helpdesk.security.signing-key-file=" + settings.signingKeyFile()));
            for (Component service : Component.services()) {
                args.add("--helpdesk.services." + service.shortName + ".uri=" + platform.serviceUrl(service));
            }
            return args;
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + ports.of(component),
                "--spring.mongodb.host=127.0.0.1",
                "--spring.mongodb.port=" + ports.mongo(),
                "--spring.kafka.bootstrap-servers=" + platform.kafkaBootstrapServers(),
                issuer));
        if (component == Component.ESCALATION) {
            // it opens problem tickets through the ticket service's API (decisions D31)
            args.add("--helpdesk.problems.ticket-service-uri=" + platform.serviceUrl(Component.TICKET));
        }
        if (component == Component.CUSTOMER) {
            // it sends the notifications to the local mail server (issue 6)
            args.add("--spring.mail.host=127.0.0.1");
            args.add("--spring.mail.port=" + ports.smtp());
            // the satisfaction links in the mails point at this platform's gateway
            args.add("--helpdesk.notifications.public-base-url=" + platform.gatewayUrl());
            // it reads the support mailbox over IMAP: mail to support@helpdesk.local becomes tickets (D83)
            args.add("--helpdesk.email.imap.enabled=true");
            args.add("--helpdesk.email.imap.host=127.0.0.1");
            args.add("--helpdesk.email.imap.port=" + ports.imap());
        }
        if (component == Component.TICKET) {
            // it asks the customer service about requesters the customer events have not told of yet (D43)
            args.add("--helpdesk.tickets.requesters.customer-service-uri=" + platform.serviceUrl(Component.CUSTOMER));
        }
        if (component == Component.KNOWLEDGE) {
            // its search index lives on disk beside the platform's other data (decisions D37)
            args.add("--helpdesk.knowledge.index-dir=" + settings.dataDir().resolve("knowledge").resolve("index"));
        }
        return args;
    }

    private void requireServiceJars() {
        List<String> missing = new ArrayList<>();
        for (Component component : settings.components()) {
            Path jar = settings.jarOf(component);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformStartException("missing " + String.join(", ", missing) + System.lineSeparator()
                    + "Run this from the repository root (or give --repo-root; now " + settings.repoRoot()
                    + "), after building the jars there with: " + BUILD_COMMAND);
        }
    }

    private void requireFreePorts() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        PlatformPorts ports = settings.ports();
        wanted.put("mongo", ports.mongo());
        wanted.put("kafka", ports.kafka());
        wanted.put("kafka controller", ports.kafkaController());
        wanted.put("mail SMTP", ports.smtp());
        wanted.put("mail IMAP", ports.imap());
        for (Component component : settings.components()) {
            wanted.put(component.module, ports.of(component));
        }
        List<String> taken = wanted.entrySet().stream()
                .filter(entry -> !Probes.isFree(entry.getValue()))
                .map(entry -> entry.getValue() + " (" + entry.getKey() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new PlatformStartException("ports in use: " + String.join(", ", taken)
                    + ". Is the platform already running? Other ports: see --help.");
        }
    }

    /** Creates the data directory layout; returns the parent-watch agent jar the children load. */
    private Path prepareDataDir() {
        try {
            for (Path dir : List.of(settings.logDir(), settings.kafkaDir(), settings.mongoDir(),
                    settings.signingKeyFile().getParent(), settings.runDir())) {
                Files.createDirectories(dir);
            }
            return ParentWatch.writeAgentJar(settings.runDir());
        } catch (IOException e) {
            throw new PlatformStartException("cannot write the data directory " + settings.dataDir() + ": " + e, e);
        }
    }

    private void awaitUntil(ChildProcess child, String what, BooleanSupplier ready) {
        while (!ready.getAsBoolean()) {
            failIfAnyChildDied();
            failIfPastDeadline("waiting for " + what, child);
            pause();
        }
    }

    /** Polls every component's readiness in turn, reporting each as it comes up. */
    private void awaitAllReady(Map<Component, ChildProcess> components) {
        Map<Component, String> lastAnswers = new EnumMap<>(Component.class);
        List<Component> pending = new ArrayList<>(components.keySet());
        while (!pending.isEmpty()) {
            failIfAnyChildDied();
            for (Component component : List.copyOf(pending)) {
                Probes.HealthAnswer answer = probes.health(platform.serviceUrl(component).resolve("/actuator/health/readiness"));
                lastAnswers.put(component, answer.description());
                if (answer.up()) {
                    pending.remove(component);
                    progress.step(component.module + " up on :" + settings.ports().of(component));
                }
            }
            if (!pending.isEmpty()) {
                Component first = pending.get(0);
                failIfPastDeadline("waiting for " + first.module + " to be ready (last answer: "
                        + lastAnswers.get(first) + ")", components.get(first));
                pause();
            }
        }
    }

    private void failIfAnyChildDied() {
        for (ChildProcess child : platform.processes()) {
            if (!child.isAlive()) {
                throw new PlatformStartException(child.name() + " stopped while starting (exit code "
                        + child.exitCode() + "). The end of " + child.logFile() + ":" + System.lineSeparator()
                        + child.logTail(LOG_TAIL_LINES));
            }
        }
    }

    private void failIfPastDeadline(String what, ChildProcess child) {
        if (Instant.now().isAfter(deadline)) {
            throw new PlatformStartException("gave up after " + settings.startTimeout().toSeconds() + " s "
                    + what + ". The end of " + child.logFile() + ":" + System.lineSeparator()
                    + child.logTail(LOG_TAIL_LINES));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("interrupted while starting", e);
        }
    }
}
