package dev.helpdesk.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB-wire node's collector and heap when the user names none (D118). The node is the one
 * process every request waits on, several times, and its heap is a large, long-lived graph of small
 * objects (H2's page cache of decoded documents, the in-memory indexes) that changes all the time.
 * G1's young pauses there were spent scanning the old generation for references into the young one,
 * 50–100 ms each, one a second under load; Shenandoah collects concurrently and paused the node for
 * 50 ms in a whole benchmark session. It needs headroom to do so: with 2 GB it fell back to pauses of
 * 0.5–0.8 s when the heap filled before a cycle ended, with 3 GB it never did.
 *
 * <p>Not every JDK build has Shenandoah (Oracle's do not); on those the node keeps G1 with the
 * earlier heap (D112).
 */
final class MongoNodeCollector {

    static final List<String> SHENANDOAH = List.of("-Xms3g", "-Xmx3g", "-XX:+UseShenandoahGC");
    static final List<String> G1 = List.of("-Xms1g", "-Xmx2g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50");

    private static final long PROBE_SECONDS = 30;

    private MongoNodeCollector() {
    }

    /** Shenandoah's options if the given JVM starts with that collector, G1's otherwise. */
    static List<String> defaultOptions(Path javaBinary) {
        return startsWith(javaBinary, "-XX:+UseShenandoahGC") ? SHENANDOAH : G1;
    }

    private static boolean startsWith(Path javaBinary, String collectorOption) {
        ProcessBuilder probe = new ProcessBuilder(javaBinary.toString(), collectorOption, "-Xmx16m", "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = probe.start();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException cannotStart) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
