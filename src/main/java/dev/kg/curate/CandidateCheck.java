package dev.kg.curate;

import dev.kg.build.BuildOperation;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.SourceLocation;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.Ids;
import dev.kg.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Checks files before they are written, with the code of {@code kg validate}: the new text goes into a scratch
 * copy of the project inside its own {@code .kg} folder (the ontology, the shapes, the entities and the one
 * mapping file with its article), which is validated; problems are reported at the real files' paths.
 */
final class CandidateCheck {
    private final Project project;
    private final Path scratch;

    CandidateCheck(Project project) {
        this.project = project;
        // One folder per process, so that two workbenches on one project do not check in each other's copy.
        this.scratch = project.root().resolve(".kg").resolve("curate-check-" + ProcessHandle.current().pid());
    }

    /** Problems of the project with {@code entities} as its entities file and, when not null, one mapping file. */
    List<Problem> check(String entities, String mappingName, String mapping) {
        try {
            clear();
            Project copy = new Project(scratch);
            Files.createDirectories(copy.seeds());
            Files.createDirectories(copy.ontology().getParent());
            Files.copy(project.ontology(), copy.ontology());
            Files.copy(project.shapes(), copy.shapes());
            Files.writeString(copy.seeds().resolve(CurationLoader.ENTITIES_FILE), entities);
            if (mapping != null) {
                Files.writeString(copy.seeds().resolve(mappingName), mapping);
                Optional<String> article = articleFile(mappingName, mapping);
                if (article.isPresent() && Files.isRegularFile(project.seeds().resolve(article.get()))) {
                    Files.copy(project.seeds().resolve(article.get()), copy.seeds().resolve(article.get()));
                }
            }
            try {
                BuildOperation.validate(copy, BuildOperation.Progress.NONE, (known, a) -> { });
                return List.of();
            } catch (ProblemsFound found) {
                List<Problem> problems = new ArrayList<>();
                for (Problem p : found.problems()) {
                    problems.add(new Problem(p.code(), atRealFile(p.where()), p.what(), p.fix()));
                }
                return problems;
            }
        } catch (IOException e) {
            throw new KgException(ErrorCode.WRITE_FAILED, scratch + ": cannot prepare the check (" + e.getMessage()
                    + ") — check that the project folder is writable");
        } finally {
            clear();
        }
    }

    /** The bare article file name the mapping text names, if any. */
    private static Optional<String> articleFile(String name, String mapping) {
        try {
            return YamlEdit.of(name, mapping).value("article").filter(MappingNode.class::isInstance)
                    .flatMap(n -> YamlEdit.tuple((MappingNode) n, "file")).map(t -> t.getValueNode())
                    .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip())
                    .filter(f -> Ids.ARTICLE_ID.matcher(f).matches());
        } catch (KgException e) {
            return Optional.empty();
        }
    }

    private SourceLocation atRealFile(SourceLocation where) {
        Path file = where.file();
        Path seeds = new Project(scratch).seeds();
        Path real = file.startsWith(seeds) ? project.seeds().resolve(seeds.relativize(file))
                : file.startsWith(scratch) ? project.root().resolve(scratch.relativize(file)) : file;
        return new SourceLocation(real, where.line(), where.column());
    }

    private void clear() {
        if (!Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
