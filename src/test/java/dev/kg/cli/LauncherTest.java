package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code kg} launcher, run by bash on a copy of the project, with a stand-in for Maven that counts its
 * builds and makes a jar whose class path is this test's own.
 */
@Tag("slow") // starts several JVMs and shells
class LauncherTest {

    @Test
    void twoFirstRunsBuildTheJarOnceAndAContentChangeRebuildsIt(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        Files.createDirectories(project);
        Files.copy(TestProjects.REPO.resolve("kg"), project.resolve("kg"));
        Files.copy(TestProjects.REPO.resolve("pom.xml"), project.resolve("pom.xml"));
        TestProjects.copyTree(TestProjects.REPO.resolve("src/main"), project.resolve("src/main"));
        Path bin = fakeMaven(dir);

        List<Process> first = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            first.add(launcher(project, bin, dir.resolve("first-" + i + ".err"), "--version"));
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(first.get(i).waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
            String err = Files.readString(dir.resolve("first-" + i + ".err"));
            assertEquals(0, first.get(i).exitValue(), err);
        }
        assertEquals(1, builds(dir), "both first runs built the jar");
        String firstErrors = Files.readString(dir.resolve("first-0.err")) + Files.readString(dir.resolve("first-1.err"));
        assertEquals(1, firstErrors.lines().filter(l -> l.startsWith("kg: building target/kg.jar with Maven")).count(), firstErrors);

        // A file whose time moves but whose content does not: no rebuild. A changed file: one rebuild.
        Path source = project.resolve("src/main/java/dev/kg/cli/Main.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(0, launcher(project, bin, dir.resolve("same.err"), "--version").waitFor());
        assertEquals(1, builds(dir));
        Files.writeString(source, Files.readString(source) + "\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(0));
        assertEquals(0, launcher(project, bin, dir.resolve("changed.err"), "--version").waitFor());
        assertEquals(2, builds(dir));

        // The same size and the same modification time as before, another content: one more rebuild.
        FileTime before = Files.getLastModifiedTime(source);
        String text = Files.readString(source);
        Files.writeString(source, text.replace("final class Main", "final class Maim"));
        Files.setLastModifiedTime(source, before);
        assertEquals(text.length(), Files.readString(source).length());
        assertEquals(0, launcher(project, bin, dir.resolve("same-size.err"), "--version").waitFor());
        assertEquals(3, builds(dir));
    }

    private static Process launcher(Path project, Path bin, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("kg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KG_NO_CACHE", "1");
        return pb.start();
    }

    private static long builds(Path dir) throws IOException {
        Path count = dir.resolve("builds");
        return Files.exists(count) ? Files.readAllLines(count).size() : 0;
    }

    /** A {@code mvn} that takes a second, notes the build and puts a jar running this test's classes in target/. */
    private static Path fakeMaven(Path dir) throws IOException {
        Path jar = dir.resolve("kg-classpath.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.kg.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\nsleep 1\necho build >>'" + dir.resolve("builds")
                + "'\nmkdir -p target && cp '" + jar + "' target/kg.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
