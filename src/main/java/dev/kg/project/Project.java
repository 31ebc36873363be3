package dev.kg.project;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kg project folder: seeds, ontology and saved queries, and where its store lives by default. */
public record Project(Path root) {
    public static final String ONTOLOGY_FILE = "ontology/kg.ttl";

    public Path seeds() {
        return root.resolve("seeds");
    }

    public Path ontology() {
        return root.resolve(ONTOLOGY_FILE);
    }

    public Path shapes() {
        return root.resolve("ontology").resolve("shapes.ttl");
    }

    public Path queries() {
        return root.resolve("queries");
    }

    public Path defaultStore() {
        return root.resolve(".kg").resolve("store");
    }

    /** The project given, or the nearest folder at or above {@code start} that holds an ontology/kg.ttl. */
    public static Project locate(Path given, Path start) {
        if (given != null) {
            if (!Files.isRegularFile(given.resolve(ONTOLOGY_FILE))) {
                throw new KgException(ErrorCode.NOT_A_PROJECT, given + ": not a kg project (no " + ONTOLOGY_FILE
                        + ") — pass the folder that holds seeds/, ontology/ and queries/");
            }
            return new Project(given);
        }
        Path here = start.toAbsolutePath().normalize();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ONTOLOGY_FILE))) {
                return new Project(shortest(here, dir));
            }
        }
        throw new KgException(ErrorCode.NOT_A_PROJECT, "no kg project in " + here + " or above (no " + ONTOLOGY_FILE
                + ") — run kg inside the project folder, or pass --project DIR");
    }

    /** Paths in messages read best relative to where the user stands. */
    private static Path shortest(Path cwd, Path dir) {
        Path relative = cwd.relativize(dir);
        return relative;
    }
}
