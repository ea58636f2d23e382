package dev.helpdesk.deploy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Named options of the launcher and of the node mains. A value comes from the first of: a
 * command-line argument {@code --name=value}, a system property {@code helpdesk.name}, an
 * environment variable {@code HELPDESK_NAME} (upper case, dashes as underscores).
 */
final class Options {

    private final Map<String, String> arguments;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    private Options(Map<String, String> arguments, Properties systemProperties, Map<String, String> environment) {
        this.arguments = arguments;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    static Options parse(String[] args, Properties systemProperties, Map<String, String> environment) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            int equals = arg.indexOf('=');
            // a bare --flag means true, so that --help reads naturally
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            arguments.put(name, equals < 0 ? "true" : arg.substring(equals + 1));
        }
        return new Options(arguments, systemProperties, environment);
    }

    /** Only the command line: for the node mains, whose launcher passes everything explicitly. */
    static Options parse(String[] args) {
        return parse(args, new Properties(), Map.of());
    }

    Optional<String> find(String name) {
        String value = arguments.get(name);
        if (value == null) {
            value = systemProperties.getProperty(systemPropertyName(name));
        }
        if (value == null) {
            value = environment.get(environmentVariableName(name));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    String get(String name, String defaultValue) {
        return find(name).orElse(defaultValue);
    }

    String require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("missing option --" + name));
    }

    int port(String name, int defaultValue) {
        String value = get(name, Integer.toString(defaultValue));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number (1-65535), got: " + value, e);
        }
    }

    /** A misspelt option would otherwise be ignored silently and the default used. */
    void rejectUnknownArguments(java.util.Collection<String> known) {
        for (String name : arguments.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
    }

    boolean has(String name) {
        return find(name).isPresent();
    }

    static String systemPropertyName(String name) {
        return "helpdesk." + name;
    }

    static String environmentVariableName(String name) {
        return "HELPDESK_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
