package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and checks a seeds folder: {@code entities.yaml} and one mapping file per article. Either
 * every file is sound and a {@link Curation} comes back, or {@link ProblemsFound} lists every problem.
 */
public final class CurationLoader {
    public static final String ENTITIES_FILE = "entities.yaml";

    private CurationLoader() {
    }

    public static Curation load(Path projectRoot, Path seeds, Schema schema) {
        List<Problem> problems = new ArrayList<>();
        Path entitiesFile = seeds.resolve(ENTITIES_FILE);
        List<Entity> entities = List.of();
        if (!Files.isRegularFile(entitiesFile)) {
            problems.add(new Problem(ErrorCode.FILE_MISSING,
                    SourceLocation.startOf(entitiesFile), "there is no entities file",
                    "create " + entitiesFile + " with an 'entities:' list"));
        } else {
            entities = EntitiesReader.read(entitiesFile, schema, problems);
        }
        List<Article> articles = new ArrayList<>();
        for (Path mapping : mappingFiles(seeds)) {
            ArticleReader.read(mapping, projectRoot, problems).ifPresent(articles::add);
        }
        problems.addAll(CurationValidator.check(schema, entities, articles));
        if (!problems.isEmpty()) {
            throw new ProblemsFound(problems);
        }
        return new Curation(entities, articles);
    }

    /** Every mapping file in the folder, sorted by name so that builds are reproducible. */
    public static List<Path> mappingFiles(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(ENTITIES_FILE);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
