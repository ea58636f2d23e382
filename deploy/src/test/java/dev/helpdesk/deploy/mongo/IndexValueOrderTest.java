package dev.helpdesk.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IndexValueOrderTest {

    private static final List<Object> VALUES = Arrays.asList(null,
            Instant.parse("2026-11-27T08:15:30.123Z"), Instant.parse("2026-11-27T08:15:30.124Z"),
            Instant.parse("1969-12-31T23:59:59Z"), Instant.EPOCH,
            "", "a", "B", "b", "ab", "Störung", "Stoerung", "\uD83D\uDDA8 printer", "TCK-00001", "TCK-00002",
            Long.MIN_VALUE, -1L, 0L, 1L, 42L, Long.MAX_VALUE,
            Integer.MIN_VALUE, -1, 0, 1, 42, Integer.MAX_VALUE,
            true, false, 0.5, -0.0, 42.0, new ObjectId(), new Document("a", 1));

    @Test
    void ordersEveryPairAsTheServerDoes() {
        ValueComparator server = ValueComparator.ascWithoutListHandling();
        List<String> differing = new ArrayList<>();
        for (Object first : VALUES) {
            for (Object second : VALUES) {
                int expected = Integer.signum(server.compare(first, second));
                int actual = Integer.signum(IndexValueOrder.ASCENDING.compare(first, second));
                if (expected != actual) {
                    differing.add(first + " vs " + second + ": " + actual + " instead of " + expected);
                }
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void aTreeKeyedByItKeepsTheServersOrder() {
        TreeMap<Object, Integer> ours = new TreeMap<>(IndexValueOrder.ASCENDING);
        TreeMap<Object, Integer> servers = new TreeMap<>(ValueComparator.ascWithoutListHandling());
        for (int i = 0; i < VALUES.size(); i++) {
            if (VALUES.get(i) != null) {
                ours.put(VALUES.get(i), i);
                servers.put(VALUES.get(i), i);
            }
        }
        assertThat(ours.values()).containsExactlyElementsOf(servers.values());
    }
}
