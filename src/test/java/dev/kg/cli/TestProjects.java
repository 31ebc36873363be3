package dev.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's own project, and copies of it that tests may change. */
public final class TestProjects {
    /** Maven runs tests from the repository root. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private TestProjects() {
    }

    /** A copy of the ontology and queries, with the given seeds folder contents left to the test. */
    public static Path emptyProject(Path dir) {
        copyTree(REPO.resolve("ontology"), dir.resolve("ontology"));
        copyTree(REPO.resolve("queries"), dir.resolve("queries"));
        try {
            Files.createDirectories(dir.resolve("seeds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A full copy of the repository's project: ontology, queries and seeds. */
    public static Path seedProject(Path dir) {
        emptyProject(dir);
        copyTree(REPO.resolve("seeds"), dir.resolve("seeds"));
        return dir;
    }

    /** What a rebuild after an edit printed, and the mapping file that was edited. */
    public record Rebuild(Path mapping, Kg.Run run) {
    }

    /**
     * Builds a copy of the seed project, edits one mapping file ({@code from} becomes {@code to}) and builds
     * again into the same store; fails unless the store still holds exactly the first graph afterwards.
     */
    public static Rebuild rebuildAfterEdit(Path dir, String mappingFile, String from, String to) throws IOException {
        Path project = seedProject(dir.resolve("p"));
        String store = dir.resolve("store").toString();
        if (Kg.run("build", "--project", project.toString(), "--store", store).exit() != 0) {
            throw new IllegalStateException("the seed build failed");
        }
        String before = Kg.nquads(project, Path.of(store));
        Path mapping = project.resolve("seeds").resolve(mappingFile);
        Files.writeString(mapping, Files.readString(mapping).replace(from, to));
        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store);
        if (!before.equals(Kg.nquads(project, Path.of(store)))) {
            throw new AssertionError("the failed build changed the store");
        }
        return new Rebuild(mapping, run);
    }

    /** Copies a folder tree; files already there are replaced. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
