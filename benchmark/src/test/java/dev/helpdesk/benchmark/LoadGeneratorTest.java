package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void helpPrintsTheOptionsAndSucceedsWithoutTouchingThePlatform() {
        assertThat(LoadGenerator.run(new String[] {"--help"}, out)).isEqualTo(LoadGenerator.EXIT_PASSED);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("usage:", "--tickets");
    }

    @Test
    void aBadOptionIsAUsageErrorWithTheReason() {
        assertThat(LoadGenerator.run(new String[] {"--tickets=200000"}, out)).isEqualTo(LoadGenerator.EXIT_USAGE);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("error: --tickets must be a whole number from 1 to 100000, got: 200000", "--help");
    }
}
