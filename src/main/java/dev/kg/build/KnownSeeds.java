package dev.kg.build;

import dev.kg.error.Problem;
import dev.kg.mapping.SeedsFolder;
import dev.kg.store.BuildInputs.ArticleInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The seeds folder as a watching build last saw it, kept up to date from the entries each change names rather
 * than listed again: its mapping files, the problems of its other entries (as {@link SeedsFolder#list} finds
 * them), and what each mapping file maps, for the checks across files.
 */
final class KnownSeeds {
    private final Set<Path> mappingFiles = new TreeSet<>();
    private final Map<Path, Problem> problems = new TreeMap<>();
    final ArticleIndex index;

    private KnownSeeds(Path projectRoot) {
        index = new ArticleIndex(projectRoot);
    }

    /** The seeds folder of a build that passed: its mapping files those of the build's record, and nothing else. */
    static KnownSeeds of(Path projectRoot, Map<Path, ArticleInput> built) {
        KnownSeeds known = new KnownSeeds(projectRoot);
        built.forEach((file, input) -> {
            known.mappingFiles.add(file);
            known.index.put(file, input.article(), input.articleFile());
        });
        return known;
    }

    /** Looks at {@code entry} again: a mapping file, a problem, or nothing kg reads (or no longer there). */
    void look(Path entry) {
        SeedsFolder now = SeedsFolder.entry(entry);
        mappingFiles.remove(entry);
        mappingFiles.addAll(now.mappingFiles());
        problems.remove(entry);
        now.problems().forEach(p -> problems.put(entry, p));
    }

    boolean isMappingFile(Path file) {
        return mappingFiles.contains(file);
    }

    int mappingFileCount() {
        return mappingFiles.size();
    }

    /** The folder's problems, as listing it would find them; no mapping files (a build that reads only some needs none). */
    SeedsFolder problems() {
        return new SeedsFolder(List.of(), List.copyOf(problems.values()));
    }
}
