package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParentWatchIntegrationTest {

    @TempDir
    Path workDir;

    @Test
    void theAgentJarHoldsOnlyTheWatcherSoThatItAddsNothingToAServicesClassPath() throws Exception {
        Path agent = ParentWatch.writeAgentJar(workDir);

        try (JarFile jar = new JarFile(agent.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class")).isEqualTo(ParentWatch.class.getName());
            assertThat(jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")))
                    .containsExactly("dev/helpdesk/deploy/ParentWatch.class");
        }
    }

    @Test
    void aChildStopsWhenTheProcessItWatchesIsKilledHard() throws Exception {
        Process standInLauncher = new ProcessBuilder("sleep", "120").start();
        Process child = null;
        try {
            ChildCommands commands = new ChildCommands(ParentWatch.writeAgentJar(workDir),
                    standInLauncher.pid(), System.getProperty("java.class.path").replace(":", File.pathSeparator));
            int port = FreePorts.allocate(1).get(0);
            child = new ProcessBuilder(commands.node(FakeService.class, List.of("-Xmx32m"), List.of("--server.port=" + port)))
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("child.log").toFile()).start();
            assertThat(child.waitFor(2, TimeUnit.SECONDS)).as("child keeps running while its parent lives").isFalse();

            standInLauncher.destroyForcibly().waitFor();

            // the JDK polls a process that is not its own child: up to a few seconds
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("child ended after its parent was killed").isTrue();
        } finally {
            standInLauncher.destroyForcibly();
            if (child != null) {
                child.destroyForcibly().waitFor();
            }
        }
    }
}
