package dev.kg.build;

import dev.kg.project.Project;
import dev.kg.store.BuildInputs.ArticleInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a watching build has to do about the mapping files named by changes since the store's last build, each
 * compared with that build's record as {@link ChangePlan} compares every file: the files to read, the graphs to
 * take out, and the files found unchanged after all (with their stamps now).
 *
 * @param mode      changed, added and removed counts; {@link BuildMode.Kind#UNCHANGED} when there is nothing to do
 * @param toRead    the changed and added mapping files, in name order
 * @param gone      the mapping files of the last build that are no longer mapping files
 * @param removed   the IRIs of the graphs to take out: of the changed and the gone files
 * @param restamped the unchanged files' inputs, stamped now
 */
record WarmPlan(BuildMode mode, List<Path> toRead, List<Path> gone, List<String> removed, Map<Path, ArticleInput> restamped) {

    /**
     * Compares the mapping files {@code named}, in name order, with {@code last}; {@code known} is told the
     * article each unchanged or gone file maps (what it mapped when the last build read it, or nothing).
     */
    static WarmPlan of(Project project, LastBuild last, KnownSeeds known, Set<Path> named) {
        List<Path> toRead = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<Path, ArticleInput> restamped = new LinkedHashMap<>();
        int changed = 0;
        int added = 0;
        for (Path file : named) {
            ArticleInput then = last.byFile().get(file);
            if (!known.isMappingFile(file)) {
                known.index.remove(file);
                if (then != null) {
                    gone.add(file);
                    removed.add(then.graph());
                }
            } else if (then == null) {
                toRead.add(file);
                added++;
            } else {
                Optional<ArticleInput> same = ChangePlan.unchanged(project, file, then);
                if (same.isPresent()) {
                    restamped.put(file, same.get());
                    known.index.put(file, then.article(), then.articleFile());
                } else {
                    toRead.add(file);
                    removed.add(then.graph());
                    changed++;
                }
            }
        }
        boolean nothing = toRead.isEmpty() && gone.isEmpty() && known.problems().problems().isEmpty();
        return new WarmPlan(new BuildMode(nothing ? BuildMode.Kind.UNCHANGED : BuildMode.Kind.INCREMENTAL, null, changed,
                added, gone.size()), toRead, gone, removed, restamped);
    }

    /** The last build's inputs of the files whose graphs this plan takes out: the changed and the gone ones. */
    List<ArticleInput> removedFiles(LastBuild last) {
        List<ArticleInput> out = new ArrayList<>();
        toRead.stream().map(last.byFile()::get).filter(java.util.Objects::nonNull).forEach(out::add);
        gone.stream().map(last.byFile()::get).forEach(out::add);
        return out;
    }

    /** Why so many files are to be read or taken out that a full build is quicker; empty when they are few. */
    Optional<String> tooMany(int mappingFiles) {
        return ChangePlan.tooMany(toRead.size() + gone.size(), mappingFiles);
    }
}
