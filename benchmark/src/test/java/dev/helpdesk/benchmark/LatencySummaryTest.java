package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesOfOneToAThousandAreTheNearestRanks() {
        long[] values = shuffled(LongStream.rangeClosed(1, 1000).toArray());

        LatencySummary summary = LatencySummary.of(values, 1);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isEqualTo(500);
        assertThat(summary.p90()).isEqualTo(900);
        assertThat(summary.p99()).isEqualTo(990);
        assertThat(summary.p999()).isEqualTo(999);
        assertThat(summary.max()).isEqualTo(1000);
    }

    @Test
    void withFewSamplesTheHighPercentilesAreTheMaximumNotAnInterpolation() {
        long[] values = LongStream.rangeClosed(1, 100).toArray();

        LatencySummary summary = LatencySummary.of(values, 1);

        assertThat(summary.p50()).isEqualTo(50);
        assertThat(summary.p99()).isEqualTo(99);
        assertThat(summary.p999()).isEqualTo(100);
    }

    @Test
    void oneOutlierInAThousandShowsAtTheMaximumButNotAtP99() {
        long[] values = new long[1000];
        java.util.Arrays.fill(values, 10);
        values[123] = 5000;

        LatencySummary summary = LatencySummary.of(values, 1);

        assertThat(summary.p99()).isEqualTo(10);
        assertThat(summary.p999()).isEqualTo(10);
        assertThat(summary.max()).isEqualTo(5000);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(new long[] {7}, 1);

        assertThat(List.of(summary.p50(), summary.p90(), summary.p99(), summary.p999(), summary.max()))
                .containsOnly(7.0);
    }

    @Test
    void nanosecondsAreReportedInMilliseconds() {
        LatencySummary summary = LatencySummary.of(new long[] {1_500_000, 2_000_000}, 1e6);

        assertThat(summary.p50()).isEqualTo(1.5);
        assertThat(summary.max()).isEqualTo(2.0);
    }

    @Test
    void noSamplesIsACountOfZeroWithoutFigures() {
        LatencySummary summary = LatencySummary.of(new long[0], 1e6);

        assertThat(summary.count()).isZero();
        assertThat(summary.p50()).isNaN();
    }

    @Test
    void theSamplesAreNotReordered() {
        long[] values = {3, 1, 2};

        LatencySummary.of(values, 1);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void aPercentileOutsideZeroToHundredIsAMistake() {
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 100.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] shuffled(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long value : values) {
            list.add(value);
        }
        Collections.shuffle(list, new Random(42));
        return list.stream().mapToLong(Long::longValue).toArray();
    }
}
