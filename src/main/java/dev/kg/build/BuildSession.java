package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.Entity;
import dev.kg.mapping.SeedsFolder;
import dev.kg.project.Project;
import dev.kg.store.BuildInputs;
import dev.kg.store.BuiltGraph;
import dev.kg.store.GraphStore;
import dev.kg.store.Loader;
import dev.kg.store.PreviousBuild;
import dev.kg.store.StoreWrite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Builds one after another into one store, as {@code kg build} would each time, keeping between them what a
 * build would otherwise read again: the parsed ontology, shapes and entities while their files hash the same,
 * the record of the last build (while the store holds the write it made: {@link dev.kg.store.StoreStamp}), the seeds folder's
 * mapping files and what each maps. Told which paths changed, a build compares only those with the record, and
 * reads and writes only the mapping files that changed; when it is not told, or when its record is not the
 * store's, it does what {@code kg build} does. Results are those of {@code kg build}, which are those of a full
 * build. Holds no store open between builds.
 */
public final class BuildSession {
    private final Project project;
    private final Path seeds;
    private final Path storeDir;
    private final Loader loader;
    /** The mapping files named since the last build that passed, still to compare with its record. */
    private final Set<Path> pending = new TreeSet<>();
    private BuildInputs header;
    private ValidationBase basis;
    private BuildInputs basisHeader;
    private LastBuild last;
    private KnownSeeds known;

    private BuildSession(Project project, Path storeDir, Loader loader) {
        this.project = project;
        this.seeds = project.seeds();
        this.storeDir = storeDir;
        this.loader = loader;
    }

    /** A session of builds of {@code project} into {@code storeDir}, none made yet. */
    public static BuildSession open(Project project, Path storeDir, Loader loader) {
        return new BuildSession(project, storeDir, loader);
    }

    /**
     * Builds the project as it is now. {@code named} holds every path created, changed or deleted since the last
     * call (in the seeds folder, and the ontology and shapes files); empty when that is not known, as for the
     * first build. Returns empty when none of those paths is an input of the build: nothing to do.
     */
    public Optional<BuildReport> build(Optional<Set<Path>> named, BuildOperation.Progress progress,
                                       BiConsumer<List<Entity>, Article> eachArticle) {
        long start = System.nanoTime();
        BuildInputs before = header;
        hashInputs(named);
        if (last != null && !GraphStore.stamp(storeDir).equals(Optional.of(last.stamp()))) {
            last = null;   // another build wrote since: the store's record is read again
        }
        if (last == null) {
            return Optional.of(standard(ChangePlan.of(project, storeDir, false, header), progress, eachArticle, start));
        }
        Optional<String> whyFull = ChangePlan.whyFull(header, last.previous());
        if (whyFull.isPresent()) {
            return Optional.of(standard(ChangePlan.fullBuild(header, whyFull.get()), progress, eachArticle, start));
        }
        if (named.isEmpty() || known == null) {
            return Optional.of(standard(ChangePlan.against(project, storeDir, header, last.previous()), progress, eachArticle, start));
        }
        SeedsFolder problemsBefore = known.problems();
        boolean input = false;
        for (Path path : named.get()) {
            input |= look(path);
        }
        if (!input && known.problems().equals(problemsBefore) && header.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(warm(progress, eachArticle, start));
    }

    /** Hashes the ontology, the shapes and the entities: all of them when what changed is not known, else those named. */
    private void hashInputs(Optional<Set<Path>> named) {
        Path entities = seeds.resolve(CurationLoader.ENTITIES_FILE);
        if (header == null || named.isEmpty()) {
            header = ChangePlan.header(project);
            return;
        }
        Set<Path> paths = named.get();
        BuildInputs h = header;
        header = new BuildInputs(h.kg(), h.jena(),
                paths.contains(project.ontology()) ? ContentHash.orMissing(project.ontology()) : h.ontology(),
                paths.contains(project.shapes()) ? ContentHash.orMissing(project.shapes()) : h.shapes(),
                paths.contains(entities) ? ContentHash.orMissing(entities) : h.entities(), List.of());
    }

    /**
     * Takes note of one changed path of the seeds folder: the mapping files it concerns are to be compared with the
     * record. Returns whether there are any: the path is a mapping file, or was one (in the last build, or in one
     * that failed since), or an article one reads.
     */
    private boolean look(Path path) {
        if (!seeds.equals(path.getParent()) || path.getFileName().toString().startsWith(".")) {
            return false;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            Set<Path> readers = known.index.readersOf(path);
            pending.addAll(readers);
            return !readers.isEmpty();
        }
        known.look(path);
        boolean mapping = known.isMappingFile(path) || last.byFile().containsKey(path) || pending.contains(path);
        if (mapping) {
            pending.add(path);
        }
        return mapping;
    }

    /** An incremental build of the pending mapping files, or nothing when they are unchanged after all. */
    private BuildReport warm(BuildOperation.Progress progress, BiConsumer<List<Entity>, Article> eachArticle, long start) {
        progress.phase("comparing the changed files with the last build's");
        WarmPlan plan = WarmPlan.of(project, last, known, pending);
        Set<Path> still = new HashSet<>(plan.toRead());
        still.addAll(plan.gone());
        pending.retainAll(still);
        Optional<String> tooMany = plan.tooMany(known.mappingFileCount());
        if (tooMany.isPresent()) {
            return standard(ChangePlan.fullBuild(header, tooMany.get()), progress, eachArticle, start);
        }
        if (plan.toRead().size() > ChangePlan.FEW) {
            // Read first, their graphs would all be in memory at once: kg build streams them instead.
            return standard(ChangePlan.against(project, storeDir, header, last.previous()), progress, eachArticle, start);
        }
        try {
            if (plan.mode().kind() == BuildMode.Kind.UNCHANGED) {
                // As kg build: nothing is written, so the store's data is checked here.
                GraphStore.verify(storeDir);
                return new BuildReport(last.byFile().size(), 0, last.facts(), last.triples(),
                        Duration.ofNanos(System.nanoTime() - start), plan.mode(), last.previous().size());
            }
            ValidationBase checkedAgainst = basis(progress);
            WarmBuild.Result result = new WarmBuild(project.root(), checkedAgainst, checkedAgainst.reader.again(known.problems()),
                    loader == Loader.PLAIN).run(storeDir, header, last, known, plan, eachArticle, progress, start);
            // The folder and the index stay as this build, which passed, left them.
            pending.clear();
            BuildInputs inputs = result.built().inputs();
            last = new LastBuild(new PreviousBuild(result.written().stamp(), Optional.of(inputs), result.written().size(),
                    Optional.of(result.written().baseline())), result.byFile(), result.triples(), result.facts());
            return result.report();
        } catch (KgException e) {
            if (e.code() != ErrorCode.STORE_DAMAGED) {
                throw e;
            }
            return standard(ChangePlan.fullBuild(header, "the store is damaged"), progress, eachArticle, start);
        }
    }

    /** What {@code kg build} does with {@code plan}, with this session's ontology, shapes and entities. */
    private BuildReport standard(ChangePlan plan, BuildOperation.Progress progress, BiConsumer<List<Entity>, Article> eachArticle,
                                 long start) {
        known = null;
        BuildOperation.Outcome outcome = BuildOperation.run(storeDir, loader, plan, p -> {
            ValidationBase checkedAgainst = basis(progress);
            return new BuildPass(checkedAgainst, checkedAgainst.reader.again(SeedsFolder.list(seeds)), project.root(), progress,
                    eachArticle, loader == Loader.PLAIN, p);
        }, progress, start);
        if (outcome.built().isPresent()) {
            remember(outcome.written().orElseThrow(), outcome.built().get());
        } else {
            PreviousBuild previous = plan.previous().orElseThrow();
            last = LastBuild.of(seeds, previous.stamp(), previous.inputs().orElseThrow(),
                    outcome.report().triplesPerGraph(), previous.size(), previous.baseline().orElseThrow());
            pending.clear();
        }
        known = last == null ? null : KnownSeeds.of(project.root(), last.byFile());
        return outcome.report();
    }

    /** Keeps the record of the build that wrote {@code written}. */
    private void remember(StoreWrite written, BuiltGraph built) {
        pending.clear();
        last = LastBuild.of(seeds, written.stamp(), built.inputs(), built.triplesPerGraph(), written.size(), written.baseline());
    }

    /**
     * Reads the ontology, the shapes and the entities now, when the last build did not need them (nothing had
     * changed), so that the first save does not wait for them. A failure is left to the next build to report.
     */
    public void prepare() {
        if (last == null) {
            return;
        }
        try {
            basis(BuildOperation.Progress.NONE);
        } catch (KgException e) {
            basis = null;
        }
    }

    /** The ontology, shapes and entities, read again only when their files no longer hash as when they were read. */
    private ValidationBase basis(BuildOperation.Progress progress) {
        if (basis == null || !sameBasis(basisHeader, header)) {
            basis = null;
            progress.phase("reading and checking the entities");
            BuildInputs hashed = header;
            basis = ValidationBase.read(project);
            basisHeader = hashed;
        }
        return basis;
    }

    private static boolean sameBasis(BuildInputs a, BuildInputs b) {
        return a.ontology().equals(b.ontology()) && a.shapes().equals(b.shapes()) && a.entities().equals(b.entities());
    }
}
