package dev.helpdesk.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository root whose {@code <module>/target/<module>.jar} files are tiny stand-ins for the services. */
final class FakeRepository {

    private FakeRepository() {
    }

    /** Every component runs {@link FakeService}, except {@code crashing} (may be null), which runs {@link CrashingService}. */
    static Path create(Path root, Component crashing) throws IOException {
        for (Component component : Component.values()) {
            Class<?> main = component == crashing ? CrashingService.class : FakeService.class;
            Path jar = root.resolve(component.module).resolve("target").resolve(component.module + ".jar");
            Files.createDirectories(jar.getParent());
            writeJar(jar, main);
        }
        return root;
    }

    private static void writeJar(Path jar, Class<?> mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String classFile = mainClass.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, manifest);
             InputStream classBytes = mainClass.getClassLoader().getResourceAsStream(classFile)) {
            jarOut.putNextEntry(new JarEntry(classFile));
            classBytes.transferTo(jarOut);
            jarOut.closeEntry();
        }
    }
}
