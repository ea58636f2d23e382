package dev.helpdesk.benchmark;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one benchmark run does, from {@code --name=value} arguments. Every value is checked here,
 * so that a typo fails before any load is sent rather than after minutes of a wrong run.
 */
record BenchmarkOptions(
        URI gateway,
        String kafka,
        int clients,
        int tickets,
        Scenario scenario,
        int warmup,
        double rate,
        Duration timeout,
        Optional<Path> report,
        int events,
        int articles,
        List<String> phases,
        int queries) {

    static final int MAX_TICKETS = 100_000;
    static final int MAX_CLIENTS = 1_000;
    static final int MIN_EVENTS = 10;
    static final int MAX_EVENTS = 20_000;
    static final int MIN_ARTICLES = 100;
    static final int MAX_ARTICLES = 200_000;
    static final int MAX_REPORT_TICKETS = 2_000_000;
    static final int MAX_LIVE_EVENTS = 2_000_000;
    static final int MAX_QUERIES = 100_000;
    static final List<String> PHASES = List.of("load", "live", "rebuild", "queries");

    static final String GATEWAY = "gateway";
    static final String KAFKA = "kafka";
    static final String CLIENTS = "clients";
    static final String TICKETS = "tickets";
    static final String SCENARIO = "scenario";
    static final String WARMUP = "warmup";
    static final String RATE = "rate";
    static final String TIMEOUT = "timeout";
    static final String REPORT = "report";
    static final String EVENTS = "events";
    static final String ARTICLES = "articles";
    static final String PHASES_OPTION = "phases";
    static final String QUERIES = "queries";
    static final String HELP = "help";

    /** Option name to its description with the default, in the order --help shows them. */
    private static final Map<String, String> DESCRIPTIONS = descriptions();

    /** True if the arguments ask for help; then nothing else is checked. */
    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--" + HELP) || List.of(args).contains("-h");
    }

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            String name = arg.substring(2, equals);
            if (!DESCRIPTIONS.containsKey(name) || HELP.equals(name)) {
                // a misspelt option would otherwise be ignored and its default used silently
                throw new IllegalArgumentException("unknown option --" + name);
            }
            String value = arg.substring(equals + 1).trim();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice");
            }
        }
        Scenario scenario = scenario(given.getOrDefault(SCENARIO, Scenario.LIFECYCLE.label()));
        boolean longTicket = scenario == Scenario.LONG_TICKET;
        boolean reports = scenario == Scenario.REPORTS;
        // an option the scenario does not use would be ignored silently, like a misspelt one
        if (!longTicket && !reports && given.containsKey(EVENTS)) {
            throw new IllegalArgumentException("--" + EVENTS + " applies to --" + SCENARIO + "="
                    + Scenario.LONG_TICKET.label() + " and " + Scenario.REPORTS.label() + " only");
        }
        if (!reports && (given.containsKey(PHASES_OPTION) || given.containsKey(QUERIES))) {
            throw new IllegalArgumentException("--" + PHASES_OPTION + " and --" + QUERIES + " apply to --" + SCENARIO
                    + "=" + Scenario.REPORTS.label() + " only");
        }
        boolean search = scenario == Scenario.SEARCH;
        if ((longTicket || search) && given.containsKey(RATE)) {
            throw new IllegalArgumentException("--" + RATE + " does not apply to --" + SCENARIO + "="
                    + scenario.label() + ", which opens no tickets under load");
        }
        if (!search && given.containsKey(ARTICLES)) {
            throw new IllegalArgumentException("--" + ARTICLES + " applies to --" + SCENARIO + "="
                    + Scenario.SEARCH.label() + " only");
        }
        // long-ticket: one client, because concurrent commands on the one long ticket queue on its lock
        if (reports) {
            return reportsOptions(given, scenario);
        }
        return new BenchmarkOptions(
                gatewayUri(given.getOrDefault(GATEWAY, "http://localhost:8080")),
                kafkaBootstrap(given.getOrDefault(KAFKA, "localhost:9092")),
                intValue(given, CLIENTS, longTicket ? 1 : search ? 4 : 32, 1, MAX_CLIENTS),
                intValue(given, TICKETS, longTicket ? 500 : search ? 5000 : 3000, 1, MAX_TICKETS),
                scenario,
                intValue(given, WARMUP, longTicket ? 200 : search ? 1000 : 300, 0, MAX_TICKETS),
                rate(given.getOrDefault(RATE, "0")),
                timeout(given.getOrDefault(TIMEOUT, search ? "60m" : "10m")),
                Optional.ofNullable(given.get(REPORT)).map(BenchmarkOptions::reportPath),
                intValue(given, EVENTS, 1000, MIN_EVENTS, MAX_EVENTS),
                intValue(given, ARTICLES, 50_000, MIN_ARTICLES, MAX_ARTICLES),
                PHASES,
                0);
    }

    /** The reports scenario: tickets up to two million, a live rate of events (not tickets), its phases. */
    private static BenchmarkOptions reportsOptions(Map<String, String> given, Scenario scenario) {
        double rate = rate(given.getOrDefault(RATE, "2000"));
        if (rate <= 0) {
            throw new IllegalArgumentException("--" + RATE + " is the live phase's events per second: more than 0");
        }
        return new BenchmarkOptions(
                gatewayUri(given.getOrDefault(GATEWAY, "http://localhost:8080")),
                kafkaBootstrap(given.getOrDefault(KAFKA, "localhost:9092")),
                intValue(given, CLIENTS, 4, 1, MAX_CLIENTS),
                intValue(given, TICKETS, 1_000_000, 1, MAX_REPORT_TICKETS),
                scenario,
                intValue(given, WARMUP, 50, 0, MAX_QUERIES),
                rate,
                timeout(given.getOrDefault(TIMEOUT, "180m")),
                Optional.ofNullable(given.get(REPORT)).map(BenchmarkOptions::reportPath),
                intValue(given, EVENTS, 60_000, MIN_EVENTS, MAX_LIVE_EVENTS),
                0,
                phases(given.getOrDefault(PHASES_OPTION, String.join(",", PHASES))),
                intValue(given, QUERIES, 500, 1, MAX_QUERIES));
    }

    /** Known phases, each once, in the order they run whatever the order given. */
    static List<String> phases(String value) {
        List<String> named = List.of(value.split(","));
        for (String phase : named) {
            if (!PHASES.contains(phase.trim())) {
                throw new IllegalArgumentException("--" + PHASES_OPTION + " takes " + String.join(", ", PHASES)
                        + ", got: " + phase);
            }
        }
        return PHASES.stream().filter(phase -> named.stream().anyMatch(given -> given.trim().equals(phase))).toList();
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                Drives the running help desk platform through its gateway with closed-loop virtual users
                (each opens and works its tickets one after the other), measures the latency of every
                command, and how long each ticket event takes to reach Kafka. The long-ticket scenario
                instead compares re-ratings and reads on one ticket with a long history against the
                same on new tickets, and does not use Kafka.

                usage: java -jar benchmark/target/helpdesk-benchmark.jar [--option=value ...]

                """);
        DESCRIPTIONS.forEach((name, description) -> text.append(String.format("  --%-10s %s%n", name, description)));
        text.append("""

                long-ticket: opens one ticket and re-rates it until it has --events events, then
                sends --tickets re-ratings and --tickets reads to it and as many to new tickets, alternating.
                Defaults there: --clients=1, --tickets=500, --warmup=200 (comment+read pairs, half on each).

                search: first brings the knowledge base to --articles published benchmark articles
                (category "benchmark", created, reviewed and published as the demo supervisor; a later
                run reuses them), then sends --warmup unmeasured and --tickets measured full-text
                searches from --clients users. Defaults there: --clients=4, --tickets=5000,
                --warmup=1000, --timeout=60m. It passes if no search failed and p99 is under 50 ms.

                reports: publishes --tickets (default 1000000) synthetic tickets' records of the past year
                straight to Kafka (run the platform with --services=reporting), then measures the reporting
                service: how fast its live projection works through them (load), whether it keeps up with
                --events (default 60000) records paced at --rate (default 2000) per second (live), a
                rebuild through the API (rebuild), and --queries (default 500) of each report query after
                --warmup (default 50) from --clients (default 4) supervisors (queries). --phases chooses
                (default load,live,rebuild,queries); a later run reuses the loaded tickets without load.
                It passes if the projection kept up, the rebuild read 20000 events/s or more and every
                query's p99 is under 50 ms. Default --timeout there: 180m.

                Exit code: 0 if no command failed and every expected event reached Kafka, 1 otherwise,
                2 for invalid options.
                """);
        return text.toString();
    }

    private static Map<String, String> descriptions() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(GATEWAY, "gateway base URL (default http://localhost:8080)");
        all.put(KAFKA, "Kafka bootstrap servers, host:port[,host:port] (default localhost:9092)");
        all.put(CLIENTS, "concurrent virtual users, 1-" + MAX_CLIENTS + " (default 32; long-ticket: 1)");
        all.put(TICKETS, "tickets to open in the measured phase, 1-" + MAX_TICKETS + " (default 3000);"
                + " long-ticket: measured comments and reads per kind of ticket (default 500);"
                + " search: measured searches (default 5000)");
        all.put(SCENARIO, "create (open only), lifecycle (open, assign, comment, resolve), long-ticket"
                + " (a ticket with --events events against new ones), search (article searches) or reports"
                + " (reporting at scale)"
                + " (default lifecycle)");
        all.put(WARMUP, "tickets run first and not measured, 0-" + MAX_TICKETS + " (default 300);"
                + " long-ticket: unmeasured comment+read pairs (default 200); search: unmeasured searches"
                + " (default 1000)");
        all.put(EVENTS, "long-ticket only: events the long ticket has before the measured phase, " + MIN_EVENTS
                + "-" + MAX_EVENTS + " (default 1000)");
        all.put(ARTICLES, "search only: published benchmark articles to search, " + MIN_ARTICLES + "-"
                + MAX_ARTICLES + " (default 50000)");
        all.put(PHASES_OPTION, "reports only: the phases to run, of load,live,rebuild,queries (default all)");
        all.put(QUERIES, "reports only: measured requests of each report query (default 500)");
        all.put(RATE, "target ticket creations per second over all clients; 0 = as fast as they go (default 0)");
        all.put(TIMEOUT, "bound on warm-up plus measured load, e.g. 90s, 10m, PT5M; the wait for the last"
                + " Kafka events adds at most 30 s (default 10m)");
        all.put(REPORT, "also write the result as JSON to this file (default: none)");
        all.put(HELP, "print this help");
        return all;
    }

    private static URI gatewayUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--" + GATEWAY + " must be a URL like http://localhost:8080, got: "
                    + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--" + GATEWAY + " must be a URL like http://localhost:8080, got: "
                    + value);
        }
        // the API paths are appended to it, so a trailing slash would double up
        return URI.create(value.replaceAll("/+$", ""));
    }

    private static String kafkaBootstrap(String value) {
        for (String server : value.split(",", -1)) {
            int colon = server.lastIndexOf(':');
            boolean valid = colon > 0 && validPort(server.substring(colon + 1));
            if (!valid) {
                throw new IllegalArgumentException("--" + KAFKA + " must be host:port[,host:port...], got: " + value);
            }
        }
        return value;
    }

    private static boolean validPort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65_535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int intValue(Map<String, String> given, String name, int defaultValue, int min, int max) {
        String value = given.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max
                    + ", got: " + value, e);
        }
    }

    private static Scenario scenario(String value) {
        try {
            return Scenario.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + SCENARIO + " must be " + Scenario.labels() + ", got: " + value,
                    e);
        }
    }

    private static double rate(String value) {
        try {
            double rate = Double.parseDouble(value);
            if (!Double.isFinite(rate) || rate < 0) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + RATE
                    + " must be a number of ticket creations per second, 0 or more, got: " + value, e);
        }
    }

    /** Plain seconds ("600"), a number with s, m or h ("90s", "10m"), or ISO-8601 ("PT10M"). */
    static Duration timeout(String value) {
        Duration duration;
        try {
            String text = value.toLowerCase(Locale.ROOT);
            if (text.startsWith("pt")) {
                duration = Duration.parse(value);
            } else if (text.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(text));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("--" + TIMEOUT + " must be a duration like 90s, 10m or PT10M, got: "
                    + value, e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--" + TIMEOUT + " must be longer than zero, got: " + value);
        }
        return duration;
    }

    private static Path reportPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--" + REPORT + " must be a file path, got: " + value, e);
        }
    }
}
