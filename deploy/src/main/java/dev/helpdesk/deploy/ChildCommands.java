package dev.helpdesk.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Command lines of the child JVMs: the node mains of this module and the service jars. */
final class ChildCommands {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path parentWatchAgent;
    private final long launcherPid;
    private final String classPath;

    ChildCommands(Path parentWatchAgent, long launcherPid, String classPath) {
        this.parentWatchAgent = parentWatchAgent;
        this.launcherPid = launcherPid;
        this.classPath = classPath;
    }

    /** For the launcher itself: children get its class path (the deploy jar, whose manifest brings lib/). */
    static ChildCommands forThisJvm(Path parentWatchAgent) {
        String absoluteClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return new ChildCommands(parentWatchAgent, ProcessHandle.current().pid(), absoluteClassPath);
    }

    /** The JVM the launcher runs on: every child runs on it too. */
    static Path thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code java <options> -cp <launcher class path> <mainClass> <args>}. */
    List<String> node(Class<?> mainClass, List<String> jvmOptions, List<String> args) {
        List<String> command = java(jvmOptions);
        command.add("-Dlogback.configurationFile=logback-node.xml");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    /** {@code java <options> -jar <jar> <args>}. */
    List<String> jar(Path jar, List<String> jvmOptions, List<String> args) {
        List<String> command = java(jvmOptions);
        // Axon phones home at start-up and writes ~/.axoniq otherwise
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    private List<String> java(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // A session of its own: a terminal's Ctrl-C then reaches only the launcher, which stops the
            // children in order (services before Kafka and MongoDB) instead of all at once.
            command.add(SETSID.toString());
        }
        command.add(thisJava().toString());
        command.add("-javaagent:" + parentWatchAgent + "=" + launcherPid);
        command.addAll(jvmOptions);
        return command;
    }
}
