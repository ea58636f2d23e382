package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of every command of one phase, shared by all virtual users. Latency is kept for
 * successful commands only: a fast 409 or a 30 s connection timeout would say nothing about how
 * quickly the platform does its work, and errors are counted and sampled separately.
 */
final class LatencyRecorder {

    /** Enough bodies to see what went wrong without flooding the console. */
    static final int ERROR_SAMPLES_PER_COMMAND = 3;
    private static final int SAMPLE_LENGTH = 300;

    private final Map<Command, Outcomes> outcomes = new EnumMap<>(Command.class);

    LatencyRecorder() {
        for (Command command : Command.values()) {
            outcomes.put(command, new Outcomes());
        }
    }

    void success(Command command, long nanos) {
        outcomes.get(command).success(nanos);
    }

    void error(Command command, int status, String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        if (text.length() > SAMPLE_LENGTH) {
            text = text.substring(0, SAMPLE_LENGTH) + "…";
        }
        String sample = command.label() + " -> " + (status < 0 ? "no response" : "HTTP " + status) + ": " + text;
        outcomes.get(command).error(sample);
    }

    /** Commands sent, successful or not. */
    long count(Command command) {
        return outcomes.get(command).count();
    }

    long errors(Command command) {
        return outcomes.get(command).errors();
    }

    long errors() {
        return Arrays.stream(Command.values()).mapToLong(this::errors).sum();
    }

    /** Durations in nanoseconds of the successful commands. */
    long[] latencies(Command command) {
        return outcomes.get(command).latencies();
    }

    List<String> errorSamples() {
        List<String> all = new ArrayList<>();
        for (Command command : Command.values()) {
            all.addAll(outcomes.get(command).samples());
        }
        return all;
    }

    /** One command's outcomes. Synchronized: virtual users record at a few thousand per second at most. */
    private static final class Outcomes {
        private long[] latencies = new long[1024];
        private int successes;
        private long errors;
        private final List<String> samples = new ArrayList<>();

        synchronized void success(long nanos) {
            if (successes == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[successes++] = nanos;
        }

        synchronized void error(String sample) {
            errors++;
            if (samples.size() < ERROR_SAMPLES_PER_COMMAND) {
                samples.add(sample);
            }
        }

        synchronized long count() {
            return successes + errors;
        }

        synchronized long errors() {
            return errors;
        }

        synchronized long[] latencies() {
            return Arrays.copyOf(latencies, successes);
        }

        synchronized List<String> samples() {
            return List.copyOf(samples);
        }
    }
}
