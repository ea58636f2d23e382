package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.benchmark.LongTicketReport.KindFigures;
import dev.helpdesk.benchmark.LongTicketReport.Ratios;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongTicketReportTest {

    /** Milliseconds given as units of 1: p50 is the 50th value, p99 the 99th. */
    private static LatencySummary latency(long p50, long p99) {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i < 50 ? p50 : i < 99 ? p99 : p99 + 1;
        }
        return LatencySummary.of(values, 1);
    }

    @Test
    void theRatiosAreLongOverFreshOfTheP50sAndP99s() {
        KindFigures longTicket = kind("long", 0, latency(12, 30), latency(8, 16));
        KindFigures fresh = kind("fresh", 0, latency(10, 20), latency(4, 16));

        Ratios ratios = Ratios.of(longTicket, fresh);

        assertThat(ratios.changeP50()).isEqualTo(1.2);
        assertThat(ratios.changeP99()).isEqualTo(1.5);
        assertThat(ratios.readP50()).isEqualTo(2.0);
        assertThat(ratios.readP99()).isEqualTo(1.0);
    }

    @Test
    void aRatioWithoutSamplesOnEitherSideIsNotANumberAndShownAsADash() {
        assertThat(Ratios.ratio(Double.NaN, 10)).isNaN();
        assertThat(Ratios.ratio(10, Double.NaN)).isNaN();
        assertThat(Ratios.ratio(10, 0)).isNaN();
        assertThat(Ratios.format(Double.NaN)).isEqualTo("-");
        assertThat(Ratios.format(1.0449)).isEqualTo("1.04x");
        assertThat(Ratios.format(0.9)).isEqualTo("0.90x");
    }

    @Test
    void aRunWithoutErrorsPassesAndShowsBothKindsTheRatiosAndTheVersions() {
        String text = report(0, 0, 0, false, 1).toText();

        assertThat(text).contains(
                "long-ticket, 1 client, 100 re-ratings and 100 reads per kind (+20 warm-up pairs)",
                "this scenario does not use Kafka",
                "long ticket 7d2f: 1000 events after 8.5 s of re-ratings",
                "long   priority     100       0    10.0      12.0      30.0      30.0      31.0",
                "fresh  priority     100       0    10.0      10.0      20.0      20.0      21.0",
                "long   read         100       0    10.0       8.0      16.0      16.0      17.0",
                "fresh  read         100       0    10.0       4.0      16.0      16.0      17.0",
                "priority          1.20x   1.50x",
                "read              2.00x   1.00x",
                "long ticket: version 1011 to 1210 in the measured phase, largest answer 200.0 KB",
                "fresh tickets: 12, version 3 to 11, largest answer 2.0 KB",
                "RESULT: PASS");
        assertThat(text).doesNotContain("note: the", "error samples");
    }

    @Test
    void withSeveralClientsItSaysThatTheLongTicketsCommandsWaitForEachOther() {
        assertThat(report(0, 0, 0, false, 4).toText())
                .contains("4 clients", "note: the 4 clients share the one long ticket");
    }

    @Test
    void everyFailedRequestFailsTheRunWithItsReason() {
        LongTicketReport report = report(2, 1, 3, true, 1);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).containsExactly(
                "2 of 400 measured requests failed",
                "1 warm-up requests failed",
                "3 fresh tickets could not be opened and assigned",
                "the run did not finish within --timeout");
        assertThat(report.toText()).contains("RESULT: FAIL", "error samples:", "long comment -> HTTP 500: oops");
    }

    @Test
    void theJsonCarriesTheFiguresRatiosAndVerdict() {
        JsonNode node = report(0, 0, 0, false, 1).toJson(new ObjectMapper());

        assertThat(node.path("passed").asBoolean(false)).isTrue();
        assertThat(node.path("settings").path("scenario").asText()).isEqualTo("long-ticket");
        assertThat(node.path("settings").path("events").asInt()).isEqualTo(1000);
        assertThat(node.path("longTicket").path("highestVersion").asLong()).isEqualTo(1210);
        assertThat(node.path("freshTickets").path("change").path("latencyMs").path("p50").asDouble()).isEqualTo(10);
        assertThat(node.path("ratios").path("changeP50").asDouble()).isEqualTo(1.2);
    }

    private static LongTicketReport report(long longCommentErrors, long warmupErrors, long replacementErrors,
            boolean timedOut, int clients) {
        KindFigures longTicket = new KindFigures("long", 1, 1011, 1210, 200 * 1024,
                new CommandStats("priority", 100, longCommentErrors, 10, latency(12, 30)),
                new CommandStats("read", 100, 0, 10, latency(8, 16)));
        KindFigures fresh = kind("fresh", 0, latency(10, 20), latency(4, 16));
        LongTicketReport.Settings settings = new LongTicketReport.Settings("abcd1234", "long-ticket", clients, 1000,
                100, 20, "http://localhost:18080");
        return new LongTicketReport(settings, "7d2f", 1000, 8.5, 10, longTicket, fresh, Ratios.of(longTicket, fresh),
                warmupErrors, replacementErrors, timedOut,
                longCommentErrors > 0 ? List.of("long comment -> HTTP 500: oops") : List.of(), 1);
    }

    private static KindFigures kind(String kind, long commentErrors, LatencySummary comment, LatencySummary read) {
        return new KindFigures(kind, 12, 3, 11, 2048, new CommandStats("priority", 100, commentErrors, 10, comment),
                new CommandStats("read", 100, 0, 10, read));
    }
}
