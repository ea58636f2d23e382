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
    void everyRankAcrossPartsIsTheValueThereInAscendingOrderAlsoAfterRemovals() {
        for (int round = 0; round < 200; round++) {
            int spread = 1 + random.nextInt(round % 2 == 0 ? 5 : 100_000);
            List<DurationValues> parts = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            for (int p = 1 + random.nextInt(6); p > 0; p--) {
                DurationValues part = new DurationValues();
                List<Long> added = new ArrayList<>();
                for (int i = random.nextInt(80); i > 0; i--) {
                    long value = random.nextInt(spread);
                    part.add(value);
                    added.add(value);
                }
                for (int i = random.nextInt(10); i > 0 && !added.isEmpty(); i--) {
                    assertThat(part.remove(added.remove(random.nextInt(added.size())))).isTrue();
                }
                parts.add(part);
                all.addAll(added);
            }
            Collections.sort(all);
            for (int rank = 1; rank <= all.size(); rank++) {
                assertThat(DurationValues.atRank(parts, rank)).as("rank %d of %s", rank, all)
                        .isEqualTo(all.get(rank - 1));
                assertThat(DurationValues.atRank(parts, rank, 0)).as("searched, rank %d of %s", rank, all)
                        .isEqualTo(all.get(rank - 1));
            }
            assertThat(DurationValues.atRank(parts, all.size() + 1)).isNull();
            if (!all.isEmpty()) {
                assertThat(DurationValues.percentile90(parts, all.size()))
                        .isEqualTo(all.get((int) Math.ceil(0.9 * all.size()) - 1));
                assertThat(DurationValues.lowerMedian(parts, all.size())).isEqualTo(all.get((all.size() + 1) / 2 - 1));
            }
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
        assertThat(values.countAtMost(4)).isEqualTo(1);
        assertThat(values.countAtMost(5)).isEqualTo(2);
        assertThat(values.countAtMost(100)).isEqualTo(3);
        assertThat(DurationValues.atRank(List.of(values), 3)).isEqualTo(9);
        assertThat(DurationValues.percentile90(List.of(new DurationValues()), 0)).isNull();
    }
}
