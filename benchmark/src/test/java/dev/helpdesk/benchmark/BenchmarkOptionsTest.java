package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkOptionsTest {

    @Test
    void withoutArgumentsItIsALocalLifecycleRunOf3000TicketsBy32Clients() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0]);

        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.kafka()).isEqualTo("localhost:9092");
        assertThat(options.clients()).isEqualTo(32);
        assertThat(options.tickets()).isEqualTo(3000);
        assertThat(options.scenario()).isEqualTo(Scenario.LIFECYCLE);
        assertThat(options.warmup()).isEqualTo(300);
        assertThat(options.rate()).isZero();
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.report()).isEmpty();
    }

    @Test
    void everyOptionIsRead() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
                "--gateway=http://127.0.0.1:18080/", "--kafka=127.0.0.1:19092,localhost:19093", "--clients=8",
                "--tickets=200", "--scenario=CREATE", "--warmup=0", "--rate=12.5", "--timeout=90s",
                "--report=/tmp/bench.json"});

        assertThat(options.gateway()).isEqualTo(URI.create("http://127.0.0.1:18080"));
        assertThat(options.kafka()).isEqualTo("127.0.0.1:19092,localhost:19093");
        assertThat(options.clients()).isEqualTo(8);
        assertThat(options.tickets()).isEqualTo(200);
        assertThat(options.scenario()).isEqualTo(Scenario.CREATE);
        assertThat(options.warmup()).isZero();
        assertThat(options.rate()).isEqualTo(12.5);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.report()).contains(Path.of("/tmp/bench.json"));
    }

    @ParameterizedTest
    @CsvSource({"600, PT10M", "90s, PT1M30S", "10m, PT10M", "1h, PT1H", "PT2M, PT2M"})
    void aTimeoutIsSecondsOrANumberWithAUnitOrIso8601(String value, String expected) {
        assertThat(BenchmarkOptions.timeout(value)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--tickets=100001 | --tickets must be a whole number from 1 to 100000, got: 100001",
            "--tickets=0      | --tickets must be a whole number from 1 to 100000, got: 0",
            "--tickets=many   | --tickets must be a whole number from 1 to 100000, got: many",
            "--clients=0      | --clients must be a whole number from 1 to 1000, got: 0",
            "--warmup=-1      | --warmup must be a whole number from 0 to 100000, got: -1",
            "--scenario=soak  | --scenario must be create, lifecycle, long-ticket, search or reports, got: soak",
            "--scenario=long_ticket | --scenario must be create, lifecycle, long-ticket, search or reports, got: long_ticket",
            "--rate=-2        | --rate must be a number of ticket creations per second, 0 or more, got: -2",
            "--rate=NaN       | --rate must be a number of ticket creations per second, 0 or more, got: NaN",
            "--timeout=0s     | --timeout must be longer than zero, got: 0s",
            "--timeout=soon   | --timeout must be a duration like 90s, 10m or PT10M, got: soon",
            "--gateway=localhost:8080 | --gateway must be a URL like http://localhost:8080, got: localhost:8080",
            "--gateway=ftp://localhost | --gateway must be a URL like http://localhost:8080, got: ftp://localhost",
            "--kafka=localhost | --kafka must be host:port[,host:port...], got: localhost",
            "--kafka=localhost:99999 | --kafka must be host:port[,host:port...], got: localhost:99999",
            "--report=        | --report needs a value",
            "--ticket=5       | unknown option --ticket",
            "tickets=5        | expected --name=value, got: tickets=5",
            "--tickets        | expected --name=value, got: --tickets"})
    void aBadValueIsRejectedNamingTheOptionAndWhatItMustBe(String argument, String message) {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {argument}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message.strip());
    }

    @Test
    void theLongTicketScenarioHasOneClientAndDefaultsOfItsOwn() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--scenario=long-ticket"});

        assertThat(options.scenario()).isEqualTo(Scenario.LONG_TICKET);
        assertThat(options.clients()).isEqualTo(1);
        assertThat(options.tickets()).isEqualTo(500);
        assertThat(options.warmup()).isEqualTo(200);
        assertThat(options.events()).isEqualTo(1000);
    }

    @Test
    void theLongTicketScenarioTakesItsEventsAndTheUsualOptions() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--scenario=LONG-TICKET", "--events=20000",
                "--tickets=300", "--warmup=100", "--clients=2", "--timeout=5m"});

        assertThat(options.scenario()).isEqualTo(Scenario.LONG_TICKET);
        assertThat(options.events()).isEqualTo(20_000);
        assertThat(options.tickets()).isEqualTo(300);
        assertThat(options.warmup()).isEqualTo(100);
        assertThat(options.clients()).isEqualTo(2);
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--events=9       | --events must be a whole number from 10 to 20000, got: 9",
            "--events=20001   | --events must be a whole number from 10 to 20000, got: 20001",
            "--events=lots    | --events must be a whole number from 10 to 20000, got: lots",
            "--rate=5         | --rate does not apply to --scenario=long-ticket, which opens no tickets under load"})
    void aLongTicketRunRejectsBadEventsAndARate(String argument, String message) {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=long-ticket", argument}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message.strip());
    }

    @Test
    void eventsWithAnotherScenarioIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--events=500"}))
                .hasMessage("--events applies to --scenario=long-ticket and reports only");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=create", "--events=500"}))
                .hasMessage("--events applies to --scenario=long-ticket and reports only");
    }

    @Test
    void theReportsScenarioTakesAMillionTicketsAnEventRateAndItsPhasesInTheirOwnOrder() {
        BenchmarkOptions defaults = BenchmarkOptions.parse(new String[] {"--scenario=reports"});
        assertThat(defaults.tickets()).isEqualTo(1_000_000);
        assertThat(defaults.rate()).isEqualTo(2000);
        assertThat(defaults.events()).isEqualTo(60_000);
        assertThat(defaults.phases()).containsExactly("load", "live", "rebuild", "queries");
        assertThat(defaults.queries()).isEqualTo(500);

        BenchmarkOptions some = BenchmarkOptions.parse(new String[] {"--scenario=reports", "--tickets=2000000",
                "--phases=queries,rebuild", "--queries=20", "--rate=5000", "--events=100000"});
        assertThat(some.phases()).containsExactly("rebuild", "queries");
        assertThat(some.tickets()).isEqualTo(2_000_000);
        assertThat(some.rate()).isEqualTo(5000);

        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=reports", "--phases=load,soak"}))
                .hasMessage("--phases takes load, live, rebuild, queries, got: soak");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--scenario=reports", "--rate=0"}))
                .hasMessageContaining("more than 0");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--phases=load"}))
                .hasMessage("--phases and --queries apply to --scenario=reports only");
    }

    @Test
    void anOptionGivenTwiceIsRejectedRatherThanOneOfThemIgnored() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--clients=4", "--clients=8"}))
                .hasMessage("--clients is given twice");
    }

    @Test
    void helpIsRecognisedAmongOtherArgumentsAndListsEveryOption() {
        assertThat(BenchmarkOptions.wantsHelp(new String[] {"--tickets=5", "--help"})).isTrue();
        assertThat(BenchmarkOptions.wantsHelp(new String[] {"--tickets=5"})).isFalse();
        assertThat(BenchmarkOptions.help()).contains("--gateway", "--kafka", "--clients", "--tickets", "--scenario",
                "--warmup", "--rate", "--timeout", "--report", "--events", "long-ticket");
    }
}
