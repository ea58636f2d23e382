package dev.helpdesk.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Ends a child process when the launcher that started it is gone, so that a launcher killed hard
 * (SIGKILL, a crashed test JVM) leaves no orphaned broker or service behind. The exit runs the
 * child's shutdown hooks, so it still stops cleanly.
 *
 * <p>The node mains call {@link #exitWhenGone(long)} themselves. The service jars are not ours to
 * change, so they get it as a Java agent: {@code -javaagent:<parent-watch.jar>=<pid>}. That jar holds
 * this one class and nothing else (see {@link #writeAgentJar(Path)}), so it adds nothing to a
 * service's class path. This class must therefore use only the JDK.
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    /** Agent entry point; the argument is the pid to watch. */
    public static void premain(String agentArgument) {
        exitWhenGone(Long.parseLong(agentArgument.trim()));
    }

    public static void exitWhenGone(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(ParentWatch::exit),
                ParentWatch::exit);
    }

    private static void exit() {
        System.err.println("The launcher is gone: stopping.");
        System.exit(0);
    }

    /** Writes the agent jar into {@code directory} and returns its path. */
    static Path writeAgentJar(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatch.class.getName());
        String classFile = ParentWatch.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(directory);
        Path jar = directory.resolve("parent-watch.jar");
        Path partial = Files.createTempFile(directory, "parent-watch", ".jar");
        try (InputStream classBytes = ParentWatch.class.getClassLoader().getResourceAsStream(classFile);
             OutputStream out = Files.newOutputStream(partial);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            if (classBytes == null) {
                throw new IOException("class file not found on the class path: " + classFile);
            }
            jarOut.putNextEntry(new JarEntry(classFile));
            classBytes.transferTo(jarOut);
            jarOut.closeEntry();
        }
        // a concurrent launcher on the same data dir must never see a half-written jar
        return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
