package dev.helpdesk.escalation.calendar;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a check over many generated cases: property-based testing without a library. Each run
 * draws a fresh seed (so runs keep exploring new cases) unless {@code -Dproperties.seed=N} fixes
 * it; a failure names the seed and the case, so it can be replayed exactly.
 */
final class PropertyCheck {

    static final long SEED = Long.getLong("properties.seed", new Random().nextLong());

    private PropertyCheck() {
    }

    static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> check) {
        Random random = new Random(SEED);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T value = generator.apply(random);
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("falsified on try " + attempt + " of " + tries
                        + " (replay with -Dproperties.seed=" + SEED + ") by\n" + value + "\n" + e.getMessage(), e);
            }
        }
    }
}
