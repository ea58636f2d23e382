package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationValuesTest {

    private final Random random = new Random(3);

    @Test
    void everyRankIsTheValueThereInAscendingOrderWithManyEqualValues() {
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(300);
            int spread = 1 + random.nextInt(round % 2 == 0 ? 5 : 100_000);
            DurationValues values = new DurationValues();
            List<Long> sorted = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                long value = random.nextInt(spread);
                values.add(value);
                sorted.add(value);
            }
            Collections.sort(sorted);
            for (int rank = 1; rank <= size; rank++) {
                assertThat(values.atRank(rank)).as("rank %d of %s", rank, sorted).isEqualTo(sorted.get(rank - 1));
            }
            assertThat(values.percentile90()).isEqualTo(sorted.get((int) Math.ceil(0.9 * size) - 1));
            assertThat(values.lowerMedian()).isEqualTo(sorted.get((size + 1) / 2 - 1));
        }
    }

    @Test
    void aValueTakenOutLeavesTheOthersAndTheirSum() {
        DurationValues values = new DurationValues();
        List.of(5L, 9L, 5L, 1L).forEach(values::add);

        assertThat(values.remove(5)).isTrue();
        assertThat(values.remove(7)).as("not there").isFalse();

        assertThat(values.size()).isEqualTo(3);
        assertThat(values.sum()).isEqualTo(15);
        assertThat(values.atRank(1)).isEqualTo(1);
        assertThat(values.atRank(3)).isEqualTo(9);
        assertThat(new DurationValues().percentile90()).isNull();
    }
}
