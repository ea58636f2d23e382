package dev.helpdesk.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to run and where.
 *
 * @param repoRoot           the repository root: service jars are read from {@code <root>/<module>/target/<module>.jar}
 * @param dataDir            everything the platform writes: MongoDB file, Kafka log, signing key, logs
 * @param ports              the ports to listen on
 * @param serviceJvmOptions  JVM options for every service and the gateway
 * @param kafkaJvmOptions    JVM options for the Kafka broker
 * @param mongoJvmOptions    JVM options for the MongoDB-wire server
 * @param startTimeout       how long start-up may take before the launcher gives up
 * @param services           the services to run behind the gateway (MongoDB, Kafka, mail and the gateway always
 *                           run): all of them by default, fewer for a benchmark of one service (D100)
 */
public record PlatformSettings(
        Path repoRoot,
        Path dataDir,
        PlatformPorts ports,
        List<String> serviceJvmOptions,
        List<String> kafkaJvmOptions,
        List<String> mongoJvmOptions,
        Duration startTimeout,
        Set<Component> services) {

    /*
     * Why these JVM defaults: eight JVMs share two cores while starting. The serial collector
     * needs no GC threads, C1 only (TieredStopAtLevel=1) makes start-up CPU-cheaper, and the heap caps
     * keep the whole platform's memory predictable; see deploy/README.md for the measurements.
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    public static final List<String> DEFAULT_KAFKA_JVM_OPTIONS = List.of("-Xms128m", "-Xmx768m");
    /*
     * The MongoDB-wire server is the one process every request waits on: a stop-the-world pause
     * there stalls the whole platform. Its indexes live in memory and grow with the data (D22),
     * and a query no index serves holds every document it reads (D112). Shenandoah with a fixed
     * 3 GB heap where the JDK has it, G1 with 1-2 GB where it does not (D118, MongoNodeCollector);
     * larger data sets pass --mongo-jvm-options.
     */
    public static final List<String> DEFAULT_MONGO_JVM_OPTIONS =
            MongoNodeCollector.defaultOptions(ChildCommands.thisJava());
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);
    /** The mail server holds a demo's few mails in memory: a small heap and no GC threads suffice. */
    public static final List<String> MAIL_JVM_OPTIONS = List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC");

    public PlatformSettings {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        kafkaJvmOptions = List.copyOf(kafkaJvmOptions);
        mongoJvmOptions = List.copyOf(mongoJvmOptions);
        if (services.contains(Component.GATEWAY)) {
            throw new IllegalArgumentException("the gateway always runs; it is not one of the services");
        }
        services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** Every service behind the gateway. */
    public PlatformSettings(Path repoRoot, Path dataDir, PlatformPorts ports, List<String> serviceJvmOptions,
            List<String> kafkaJvmOptions, List<String> mongoJvmOptions, Duration startTimeout) {
        this(repoRoot, dataDir, ports, serviceJvmOptions, kafkaJvmOptions, mongoJvmOptions, startTimeout,
                Set.copyOf(Component.services()));
    }

    /** The reference ports and options, with the data in {@code <repoRoot>/.data}. */
    public static PlatformSettings defaults(Path repoRoot) {
        return new PlatformSettings(repoRoot, repoRoot.resolve(".data"), PlatformPorts.defaults(),
                DEFAULT_SERVICE_JVM_OPTIONS, DEFAULT_KAFKA_JVM_OPTIONS, DEFAULT_MONGO_JVM_OPTIONS,
                DEFAULT_START_TIMEOUT);
    }

    public PlatformSettings withDataDir(Path newDataDir) {
        return new PlatformSettings(repoRoot, newDataDir, ports, serviceJvmOptions, kafkaJvmOptions,
                mongoJvmOptions, startTimeout, services);
    }

    public PlatformSettings withPorts(PlatformPorts newPorts) {
        return new PlatformSettings(repoRoot, dataDir, newPorts, serviceJvmOptions, kafkaJvmOptions,
                mongoJvmOptions, startTimeout, services);
    }

    /** Whether every service runs, so that the gateway's health of the whole platform can be UP. */
    public boolean allServices() {
        return services.containsAll(Component.services());
    }

    /** The processes to run besides MongoDB, Kafka and mail: the chosen services and the gateway, in order. */
    public List<Component> components() {
        return Arrays.stream(Component.values())
                .filter(component -> component == Component.GATEWAY || services.contains(component)).toList();
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    public Path signingKeyFile() {
        return dataDir.resolve("gateway").resolve("signing-key.json");
    }

    /** Files the launcher generates for its own use on each start. */
    public Path runDir() {
        return dataDir.resolve("run");
    }

    public Path jarOf(Component component) {
        return repoRoot.resolve(component.module).resolve("target").resolve(component.module + ".jar");
    }
}
