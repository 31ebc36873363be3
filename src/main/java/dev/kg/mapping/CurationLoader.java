package dev.kg.mapping;

import dev.kg.error.ProblemsFound;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks a seeds folder: {@code entities.yaml} and one mapping file per article. Either
 * every file is sound and a {@link Curation} comes back, or {@link ProblemsFound} lists every problem.
 */
public final class CurationLoader {
    public static final String ENTITIES_FILE = "entities.yaml";

    private CurationLoader() {
    }

    /** The whole curation in memory; for small projects and tests. A build reads with {@link CurationReader}. */
    public static Curation load(Path projectRoot, Path seeds, Schema schema) {
        CurationReader reader = CurationReader.open(projectRoot, seeds, schema);
        List<Article> articles = new ArrayList<>();
        for (Path mapping : reader.mappingFiles()) {
            reader.read(mapping).ifPresent(articles::add);
        }
        if (reader.hasProblems()) {
            throw new ProblemsFound(reader.problems());
        }
        return new Curation(reader.entities(), articles);
    }
}
