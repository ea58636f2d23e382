package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingServiceJarsTest {

    @TempDir
    Path emptyRepository;

    @Test
    void missingServiceJarsFailFastNamingTheJarAndTheBuildCommand() {
        PlatformSettings settings = PlatformSettings.defaults(emptyRepository).withPorts(FreePorts.platformPorts());

        assertThatThrownBy(() -> LocalPlatform.start(settings, Progress.silent()))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining(emptyRepository.resolve("ticket-service/target/ticket-service.jar").toString())
                .hasMessageContaining(emptyRepository.resolve("gateway/target/gateway.jar").toString())
                .hasMessageContaining("./mvnw -B -q -DskipTests package");
        assertThat(ProcessHandle.current().children()).isEmpty();
    }
}
