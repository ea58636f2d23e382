package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoNodeCollectorTest {

    @TempDir
    Path dir;

    @Test
    void aJvmThatStartsWithShenandoahGetsShenandoahsOptions() throws IOException {
        Path java = fakeJava("exit 0");

        assertThat(MongoNodeCollector.defaultOptions(java)).isEqualTo(MongoNodeCollector.SHENANDOAH);
    }

    @Test
    void aJvmThatRefusesShenandoahKeepsG1() throws IOException {
        Path java = fakeJava("echo 'Error: Option -XX:+UseShenandoahGC not supported' >&2; exit 1");

        assertThat(MongoNodeCollector.defaultOptions(java)).isEqualTo(MongoNodeCollector.G1);
    }

    @Test
    void aJvmThatCannotBeStartedKeepsG1() {
        assertThat(MongoNodeCollector.defaultOptions(dir.resolve("no-such-java"))).isEqualTo(MongoNodeCollector.G1);
    }

    @Test
    void theProbeAsksForShenandoah() throws IOException {
        Path java = fakeJava("case \" $* \" in *' -XX:+UseShenandoahGC '*) exit 0;; *) exit 1;; esac");

        assertThat(MongoNodeCollector.defaultOptions(java)).isEqualTo(MongoNodeCollector.SHENANDOAH);
    }

    @Test
    void theDefaultOptionsStartThisJvm() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildCommands.thisJava().toString());
        command.addAll(PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS)
                .isIn(MongoNodeCollector.SHENANDOAH, MongoNodeCollector.G1);
    }

    private Path fakeJava(String body) throws IOException {
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }
}
