package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import dev.kg.project.Project;
import dev.kg.store.BuildInputs;
import dev.kg.store.BuildInputs.ArticleInput;
import dev.kg.store.BuiltGraph;
import dev.kg.store.GraphSink;
import dev.kg.store.GraphStore;
import dev.kg.store.Loader;
import dev.kg.store.PreviousBuild;
import dev.kg.store.StoreWrite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;

/**
 * Validates a project's curated facts and builds the graph into a store, one article at a time: each
 * mapping file is read, checked against the ontology and its article, turned into its named graph, checked
 * against the SHACL shapes, and handed to the store's bulk loader before the next is read. Memory therefore
 * holds the ontology, the entities and one article, whatever the size of the corpus.
 */
public final class BuildOperation {

    /** Told what a long build is doing. */
    public interface Progress {
        Progress NONE = what -> { };

        /** A part of the build starts. */
        void phase(String what);

        /** {@code done} of {@code total} mapping files have been read and checked; {@code triples} so far. */
        default void articles(int done, int total, long triples) {
        }
    }

    private BuildOperation() {
    }

    /**
     * Reads and checks everything: the mapping files against the ontology, then the graph built from them
     * against the SHACL shapes. Throws with every problem found, and writes nothing. {@code eachArticle}
     * sees every article whose mapping file is sound, as it is read, with the project's entities.
     */
    public static BuildReport validate(Project project, Progress progress, BiConsumer<List<Entity>, Article> eachArticle) {
        try (BuildPass pass = new BuildPass(project, progress, eachArticle, false, null)) {
            pass.readAll(null);
            return pass.verdict();
        }
    }

    /** Validates, then replaces the store's graph. The store is not touched when validation fails. */
    public static BuildReport build(Project project, Path storeDir) {
        return build(project, storeDir, Progress.NONE);
    }

    public static BuildReport build(Project project, Path storeDir, Progress progress) {
        return build(project, storeDir, Loader.PACKED, progress);
    }

    /**
     * As {@link #build(Project, Path, Progress)}, loading with {@code loader}; {@link Loader#PLAIN} also checks
     * each article's shapes with Jena's public SHACL validator instead of kg's focus nodes.
     */
    public static BuildReport build(Project project, Path storeDir, Loader loader, Progress progress) {
        return build(project, storeDir, loader, progress, (entities, article) -> { }, false);
    }

    /**
     * As {@link #build(Project, Path, Loader, Progress)}; {@code eachArticle} sees every article read as it is
     * read. The build is incremental unless {@code full}: when the store's graph was built by this kg from the
     * same ontology, shapes and entities, only the mapping files that changed since (or whose articles did) are
     * read and checked, their graphs replaced in the store in one step, and the checks across mapping files run
     * with the others'. Otherwise, and when the store is damaged or holds too much garbage, it is a full build.
     */
    public static BuildReport build(Project project, Path storeDir, Loader loader, Progress progress,
                                    BiConsumer<List<Entity>, Article> eachArticle, boolean full) {
        long start = System.nanoTime();
        progress.phase("comparing the inputs with the store's");
        ChangePlan plan = ChangePlan.of(project, storeDir, full);
        return run(storeDir, loader, plan, p -> new BuildPass(project, progress, eachArticle, loader == Loader.PLAIN, p),
                progress, start).report();
    }

    /**
     * What a build did, what the store now records of its graph and the stamp of the write (both empty when the
     * build wrote nothing).
     */
    record Outcome(BuildReport report, Optional<BuiltGraph> built, Optional<StoreWrite> written) {
    }

    /**
     * Carries out {@code plan}: nothing when the inputs are unchanged, else the pass that {@code passes} makes
     * for the plan reads, checks and writes the graph. A store found damaged as an incremental build checks it
     * is built anew.
     */
    static Outcome run(Path storeDir, Loader loader, ChangePlan plan, Function<ChangePlan, BuildPass> passes,
                       Progress progress, long start) {
        if (plan.mode().kind() == BuildMode.Kind.UNCHANGED) {
            PreviousBuild previous = plan.previous().orElseThrow();
            BuildInputs inputs = previous.inputs().orElseThrow();
            return new Outcome(new BuildReport(inputs.articles().size(), 0, inputs.articles().stream().mapToInt(ArticleInput::facts).sum(),
                    GraphStore.recordedTriples(storeDir, previous), Duration.ofNanos(System.nanoTime() - start),
                    plan.mode(), previous.size()), Optional.empty(), Optional.empty());
        }
        try {
            return write(storeDir, loader, passes, progress, plan, start);
        } catch (KgException e) {
            // Found as the store's data was checked, before anything was written.
            if (e.code() != ErrorCode.STORE_DAMAGED || plan.previous().isEmpty()) {
                throw e;
            }
            return write(storeDir, loader, passes, progress, ChangePlan.fullBuild(plan.header(), "the store is damaged"), start);
        }
    }

    private static Outcome write(Path storeDir, Loader loader, Function<ChangePlan, BuildPass> passes, Progress progress,
                                 ChangePlan plan, long start) {
        BuildReport[] checked = new BuildReport[1];
        BuiltGraph[] built = new BuiltGraph[1];
        StoreWrite written;
        try (BuildPass pass = passes.apply(plan)) {
            Consumer<GraphSink> writer = out -> {
                pass.readAll(out);
                progress.phase(plan.previous().isPresent() ? "writing the changes and finishing the shape checks"
                        : "finishing the store's indexes and the shape checks");
            };
            Supplier<BuiltGraph> verdict = () -> {
                checked[0] = pass.verdict();
                built[0] = pass.built();
                return built[0];
            };
            written = plan.previous().isPresent()
                    ? GraphStore.update(storeDir, plan.previous().get(), plan.removed().stream().map(NodeFactory::createURI).toList(),
                            writer, verdict)
                    : GraphStore.rebuild(storeDir, loader, writer, verdict);
        } catch (RuntimeException e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        } catch (InternalError e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        }
        BuildReport r = checked[0];
        return new Outcome(new BuildReport(r.articles(), r.entities(), r.facts(), r.triplesPerGraph(),
                Duration.ofNanos(System.nanoTime() - start), plan.mode(), written.size()), Optional.of(built[0]),
                Optional.of(written));
    }
}
