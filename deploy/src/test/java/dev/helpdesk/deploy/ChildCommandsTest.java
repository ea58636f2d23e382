package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCommandsTest {

    private final ChildCommands commands = new ChildCommands(Path.of("/data/run/parent-watch.jar"), 4242, "/deploy.jar");

    @Test
    void aServiceJarRunsWithTheParentWatchAgentAndWithoutAxonsUpdateChecker() {
        List<String> command = commands.jar(Path.of("/repo/gateway/target/gateway.jar"), List.of("-Xmx256m"),
                List.of("--server.port=8080"));

        assertThat(command).containsSubsequence(
                "-javaagent:/data/run/parent-watch.jar=4242", "-Xmx256m", "-Daxoniq.update-checker.disabled=true",
                "-jar", "/repo/gateway/target/gateway.jar", "--server.port=8080");
        assertThat(command).last().isEqualTo("--server.port=8080");
    }

    @Test
    void aNodeRunsItsMainClassFromTheLaunchersClassPath() {
        List<String> command = commands.node(KafkaNode.class, List.of("-Xmx768m"), List.of("--port=9092"));

        assertThat(command).containsSubsequence("-javaagent:/data/run/parent-watch.jar=4242", "-Xmx768m",
                "-cp", "/deploy.jar", "dev.helpdesk.deploy.KafkaNode", "--port=9092");
    }
}
