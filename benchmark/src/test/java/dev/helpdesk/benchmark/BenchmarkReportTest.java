package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static final LatencySummary SOME_LATENCY = LatencySummary.of(new long[] {10, 20, 30}, 1);

    @Test
    void aRunWithoutErrorsWhoseEventsAllArrivedPasses() {
        BenchmarkReport report = report(0, 0, false, kafka(500, 500, null));

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.toText()).contains("RESULT: PASS");
    }

    @Test
    void oneFailedCommandFailsTheRun() {
        BenchmarkReport report = report(1, 0, false, kafka(500, 500, null));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).containsExactly("1 of 400 measured commands failed");
        assertThat(report.toText()).contains("RESULT: FAIL", "1 of 400 measured commands failed");
    }

    @Test
    void aFailedWarmUpCommandFailsTheRunToo() {
        assertThat(report(0, 2, false, kafka(500, 500, null)).failures())
                .containsExactly("2 warm-up commands failed");
    }

    @Test
    void aMissingEventFailsTheRun() {
        BenchmarkReport report = report(0, 0, false, kafka(500, 499, null));

        assertThat(report.failures()).containsExactly("only 499 of 500 expected events reached helpdesk.tickets.v1");
        assertThat(report.toText()).contains("drain: not every event arrived");
    }

    @Test
    void aLoadCutShortByTheTimeoutFails() {
        assertThat(report(0, 0, true, kafka(500, 500, null)).failures())
                .containsExactly("the load did not finish within --timeout");
    }

    @Test
    void aBrokenKafkaProbeFailsEvenIfTheCountsHappenToMatch() {
        assertThat(report(0, 0, false, kafka(0, 0, "TimeoutException: boom")).failures())
                .containsExactly("Kafka probe failed: TimeoutException: boom");
    }

    @Test
    void everyReasonIsListed() {
        assertThat(report(3, 1, true, kafka(500, 10, null)).failures()).hasSize(4);
    }

    @Test
    void theJsonCarriesTheFiguresAndTheVerdict() {
        ObjectMapper json = new ObjectMapper();

        JsonNode node = report(1, 0, false, kafka(500, 500, null)).toJson(json);

        assertThat(node.path("passed").asBoolean(true)).isFalse();
        assertThat(node.path("failures").get(0).asText()).isEqualTo("1 of 400 measured commands failed");
        assertThat(node.path("overall").path("count").asLong()).isEqualTo(400);
        assertThat(node.path("commands").get(0).path("latencyMs").path("p50").asDouble()).isEqualTo(20);
        assertThat(node.path("kafka").path("received").asLong()).isEqualTo(500);
        assertThat(node.path("settings").path("scenario").asText()).isEqualTo("lifecycle");
    }

    @Test
    void theTableHasARowPerCommandAndTheKafkaFigures() {
        String text = report(0, 0, false, kafka(500, 500, null)).toText();

        assertThat(text).contains("open", "assign", "comment", "resolve", "all",
                "Kafka helpdesk.tickets.v1: 500 of 500 expected events",
                "drain: last event 42.0 ms after the last HTTP answer");
    }

    private static BenchmarkReport report(long errors, long warmupErrors, boolean timedOut, KafkaStats kafka) {
        List<CommandStats> commands = List.of(
                new CommandStats("open", 100, errors, 10, SOME_LATENCY),
                new CommandStats("assign", 100, 0, 10, SOME_LATENCY),
                new CommandStats("comment", 100, 0, 10, SOME_LATENCY),
                new CommandStats("resolve", 100, 0, 10, SOME_LATENCY));
        CommandStats overall = new CommandStats("all", 400, errors, 40, SOME_LATENCY);
        BenchmarkReport.Settings settings = new BenchmarkReport.Settings("abcd1234", "lifecycle", 8, 100, 10, 0,
                "http://localhost:8080", "localhost:9092");
        return new BenchmarkReport(settings, 10, 100, 10, commands, overall, warmupErrors, timedOut,
                errors > 0 ? List.of("open -> HTTP 500: oops") : List.of(), 1, kafka);
    }

    private static KafkaStats kafka(long expected, long received, String problem) {
        return new KafkaStats("helpdesk.tickets.v1", expected, received, 0, 0, SOME_LATENCY, SOME_LATENCY,
                received >= expected ? 42.0 : null, 0, problem);
    }
}
