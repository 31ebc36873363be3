package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.SeedsFolder;
import dev.kg.project.Project;
import dev.kg.store.BuildInputs;
import dev.kg.store.BuildInputs.ArticleInput;
import dev.kg.store.BuildInputs.FileStamp;
import dev.kg.store.GraphStore;
import dev.kg.store.PreviousBuild;
import dev.kg.store.StoreSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build has to do, from the inputs now against those the store's graph was built from: a full build
 * (and why), nothing, or the articles to read again. A mapping file is unchanged when its bytes and its
 * article's bytes hash as they did; the entities, ontology and shapes, kg and Jena must all be unchanged, since
 * every article's checks and graph depend on them.
 *
 * @param mode      how the build goes about it
 * @param header    kg, Jena, and the hashes of the ontology, shapes and entities now (no articles)
 * @param previous  the store's last build, for an incremental one
 * @param unchanged the inputs of the unchanged mapping files, by file name
 * @param removed   the IRIs of the graphs an incremental build takes out: of changed and removed mapping files
 */
record ChangePlan(BuildMode mode, BuildInputs header, Optional<PreviousBuild> previous, Map<String, ArticleInput> unchanged,
                  List<String> removed) {
    /** A build that would read more than this share of the articles (and more than {@link #FEW} of them) is a full one. */
    private static final int FULL_SHARE_PERCENT = 25;
    static final int FEW = 100;
    /** So is one that would read more than this many: their graphs are held in memory until every check has passed. */
    static final int MOST = 2_000;

    /** The plan for building {@code project} into {@code storeDir}; {@code full} asks for a full build. */
    static ChangePlan of(Project project, Path storeDir, boolean full) {
        return of(project, storeDir, full, header(project));
    }

    /** kg, Jena, and the hashes of the project's ontology, shapes and entities now. */
    static BuildInputs header(Project project) {
        return new BuildInputs(KgCode.id(), org.apache.jena.Jena.VERSION,
                ContentHash.orMissing(project.ontology()), ContentHash.orMissing(project.shapes()),
                ContentHash.orMissing(project.seeds().resolve(CurationLoader.ENTITIES_FILE)), List.of());
    }

    /** As {@link #of(Project, Path, boolean)}, with the {@link #header} of the inputs already known. */
    static ChangePlan of(Project project, Path storeDir, boolean full, BuildInputs header) {
        Optional<PreviousBuild> previous;
        try {
            previous = GraphStore.previous(storeDir);
        } catch (KgException e) {
            if (e.code() != ErrorCode.STORE_DAMAGED) {
                throw e;
            }
            return fullBuild(header, "the store is damaged");
        }
        if (previous.isEmpty()) {
            return fullBuild(header, null);
        }
        if (full) {
            return fullBuild(header, "--full");
        }
        return against(project, storeDir, header, previous.get());
    }

    /** The plan for building {@code project} from the inputs {@code header} onto the store's last build, {@code previous}. */
    static ChangePlan against(Project project, Path storeDir, BuildInputs header, PreviousBuild previous) {
        Optional<String> why = whyFull(header, previous);
        if (why.isPresent()) {
            return fullBuild(header, why.get());
        }
        return articles(project, storeDir, header, previous);
    }

    static ChangePlan fullBuild(BuildInputs header, String reason) {
        return new ChangePlan(BuildMode.full(reason), header, Optional.empty(), Map.of(), List.of());
    }

    /** Why a build from {@code now} on {@code previous} must be a full one; empty when it may be incremental. */
    static Optional<String> whyFull(BuildInputs now, PreviousBuild previous) {
        if (previous.inputs().isEmpty()) {
            return Optional.of("the store does not record what it was built from");
        }
        BuildInputs then = previous.inputs().get();
        String why = !then.kg().equals(now.kg()) ? "kg changed"
                : !then.jena().equals(now.jena()) ? "Jena changed"
                : !then.ontology().equals(now.ontology()) ? "ontology changed"
                : !then.shapes().equals(now.shapes()) ? "shapes changed"
                : !then.entities().equals(now.entities()) ? "entities changed"
                : null;
        StoreSize size = previous.size();
        if (why == null && size.overLimit()) {
            why = "%.0f%% of the store's %s is garbage, over %.0f%%; writing it anew".formatted(size.garbage() * 100,
                    size.megabytes(), StoreSize.GARBAGE_LIMIT * 100);
        }
        return Optional.ofNullable(why);
    }

    /**
     * {@code then}, the last build's input of mapping file {@code file}, with the stamps of now, when the file and
     * its article hold the bytes it was built from; empty when either changed.
     */
    static Optional<ArticleInput> unchanged(Project project, Path file, ArticleInput then) {
        FileStamp mapping = ContentHash.stamp(file);
        Path articleFile = project.root().resolve(then.articleFile());
        FileStamp text = ContentHash.stamp(articleFile);
        if (ContentHash.unchanged(file, then.mappingStamp(), mapping, then.mappingSha256())
                && ContentHash.unchanged(articleFile, then.textStamp(), text, then.textSha256())) {
            return Optional.of(new ArticleInput(then.mappingFile(), then.mappingSha256(), then.articleFile(),
                    then.textSha256(), then.article(), then.graph(), then.triples(), then.facts(), mapping, text));
        }
        return Optional.empty();
    }

    /** Why {@code touched} mapping files changed, added or removed of {@code articles} are too many for an incremental build. */
    static Optional<String> tooMany(int touched, int articles) {
        return touched > Math.min(MOST, Math.max(FEW, articles * FULL_SHARE_PERCENT / 100))
                ? Optional.of("%,d of %,d mapping files changed, were added or removed".formatted(touched, articles))
                : Optional.empty();
    }

    /** Compares each mapping file, and the article it names, with the last build's. */
    private static ChangePlan articles(Project project, Path storeDir, BuildInputs header, PreviousBuild previous) {
        Map<String, ArticleInput> before = new LinkedHashMap<>();
        previous.inputs().orElseThrow().articles().forEach(a -> before.put(a.mappingFile(), a));
        Map<String, ArticleInput> unchanged = new HashMap<>();
        List<String> removed = new ArrayList<>();
        int changed = 0;
        int added = 0;
        SeedsFolder folder = Files.isDirectory(project.seeds()) ? SeedsFolder.list(project.seeds()) : new SeedsFolder(List.of(), List.of());
        for (Path file : folder.mappingFiles()) {
            String name = file.getFileName().toString();
            ArticleInput then = before.remove(name);
            if (then == null) {
                added++;
                continue;
            }
            Optional<ArticleInput> same = unchanged(project, file, then);
            if (same.isPresent()) {
                unchanged.put(name, same.get());
            } else {
                changed++;
                removed.add(then.graph());
            }
        }
        before.values().forEach(a -> removed.add(a.graph()));
        int toRead = changed + added;
        Optional<String> tooMany = tooMany(toRead + before.size(), folder.mappingFiles().size());
        if (tooMany.isPresent()) {
            return fullBuild(header, tooMany.get());
        }
        BuildMode.Kind kind = toRead + before.size() == 0 && folder.problems().isEmpty()
                ? BuildMode.Kind.UNCHANGED : BuildMode.Kind.INCREMENTAL;
        if (kind == BuildMode.Kind.UNCHANGED) {
            // Nothing is written, so the data is checked here, as an incremental build checks it before writing.
            try {
                GraphStore.verify(storeDir);
            } catch (KgException e) {
                if (e.code() != ErrorCode.STORE_DAMAGED) {
                    throw e;
                }
                return fullBuild(header, "the store is damaged");
            }
        }
        return new ChangePlan(new BuildMode(kind, null, changed, added, before.size()), header, Optional.of(previous),
                unchanged, removed);
    }
}
