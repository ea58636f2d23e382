package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher with the real Kafka and MongoDB nodes, and stand-in service jars (see {@link FakeRepository}). */
class LocalPlatformIntegrationTest {

    @TempDir
    Path workDir;

    @Test
    void startsEveryPartReportsProgressAndStopsEveryProcessOnClose() throws Exception {
        PlatformSettings settings = settings(FakeRepository.create(workDir.resolve("repo"), null));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<ProcessHandle> processes;

        try (RunningPlatform platform = LocalPlatform.start(settings, progressTo(console))) {
            processes = platform.processes().stream().map(ChildProcess::handle).toList();
            assertThat(platform.processes()).extracting(ChildProcess::name).containsExactlyInAnyOrder(
                    "mongo", "kafka", "mail", "ticket-service", "escalation-service", "knowledge-service",
                    "reporting-service", "customer-service", "gateway");
            assertThat(processes).allMatch(ProcessHandle::isAlive);
            assertThat(Probes.kafkaServes(platform.kafkaBootstrapServers())).isTrue();
            assertThat(Files.readString(settings.logDir().resolve("gateway.log")))
                    .contains("--server.port=" + settings.ports().gateway())
                    .contains("--helpdesk.services.ticket.uri=http://localhost:" + settings.ports().of(Component.TICKET))
                    .contains("--helpdesk.security.signing-key-file=" + settings.signingKeyFile());
            assertThat(Files.readString(settings.logDir().resolve("reporting-service.log")))
                    .contains("--spring.kafka.bootstrap-servers=" + platform.kafkaBootstrapServers())
                    .contains("--spring.mongodb.port=" + settings.ports().mongo());
            assertThat(Files.readString(settings.logDir().resolve("customer-service.log")))
                    .contains("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + settings.ports().smtp(),
                            "--helpdesk.notifications.public-base-url=http://localhost:" + settings.ports().gateway(),
                            "--helpdesk.email.imap.enabled=true",
                            "--helpdesk.email.imap.port=" + settings.ports().imap());
            LocalMailbox.assertSupportMailboxAndMailboxesCreatedOnFirstDelivery(settings.ports());
        }

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .containsPattern("\\[ *\\d+\\.\\ds] kafka ready on 127\\.0\\.0\\.1:" + settings.ports().kafka())
                .contains("ticket-service up on :" + settings.ports().of(Component.TICKET))
                .contains("platform UP at")
                .contains("mail ready: SMTP on 127.0.0.1:" + settings.ports().smtp())
                .containsSubsequence("stopping ", "stopped gateway", "stopping mail", "stopped mail", "stopping kafka",
                        "stopped kafka", "stopping mongo", "stopped mongo");
    }

    @Test
    void aServiceThatDiesWhileStartingStopsEverythingAndShowsTheEndOfItsLog() throws Exception {
        PlatformSettings settings = settings(FakeRepository.create(workDir.resolve("repo"), Component.KNOWLEDGE));

        assertThatThrownBy(() -> LocalPlatform.start(settings, Progress.silent()).close())
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("knowledge-service stopped while starting (exit code 3)")
                .hasMessageContaining("APPLICATION FAILED TO START");

        assertThat(ProcessHandle.current().children()).noneMatch(ProcessHandle::isAlive);
    }

    private PlatformSettings settings(Path repoRoot) {
        return new PlatformSettings(repoRoot, workDir.resolve("data"), FreePorts.platformPorts(),
                List.of("-Xmx64m"), PlatformSettings.DEFAULT_KAFKA_JVM_OPTIONS,
                PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS, Duration.ofSeconds(90));
    }

    private static Progress progressTo(ByteArrayOutputStream console) {
        return Progress.to(new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
