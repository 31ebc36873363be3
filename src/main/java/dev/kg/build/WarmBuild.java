package dev.kg.build;

import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Entity;
import dev.kg.rdf.Iris;
import dev.kg.store.BuildInputs;
import dev.kg.store.BuildInputs.ArticleInput;
import dev.kg.store.BuildInputs.FileStamp;
import dev.kg.store.BuiltGraph;
import dev.kg.store.GraphStore;
import dev.kg.store.StoreWrite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * An incremental build of a {@link WarmPlan}, whose cost is that of the files it reads: they are read and
 * checked first, against what the last build's articles passed with ({@code basis}), the article mapped twice
 * found from {@link KnownSeeds}' index; only when all is sound is the store changed, in one
 * {@link GraphStore#update}, and the record it keeps is the last build's with these files' inputs replaced.
 * What the store is then left holding is what a full build of the same inputs writes.
 */
final class WarmBuild {
    /** What the build did, and the store's record of it. */
    record Result(BuildReport report, BuiltGraph built, StoreWrite written, SortedMap<Path, ArticleInput> byFile,
                  SortedMap<String, Long> triples, int facts) {
    }

    private final Path projectRoot;
    private final ValidationBase basis;
    private final CurationReader reader;
    private final boolean plainShapeChecks;

    /** {@code reader} is {@code basis}'s again, over the seeds folder's problems, and has read nothing. */
    WarmBuild(Path projectRoot, ValidationBase basis, CurationReader reader, boolean plainShapeChecks) {
        this.projectRoot = projectRoot;
        this.basis = basis;
        this.reader = reader;
        this.plainShapeChecks = plainShapeChecks;
    }

    /** A mapping file read: its article's graph, and its input for the record. */
    private record ReadFile(Path file, Node graphName, Graph graph, ArticleInput input) {
    }

    /** Reads and checks the plan's files, then writes them into {@code storeDir}; throws with every problem found. */
    Result run(Path storeDir, BuildInputs header, LastBuild last, KnownSeeds known, WarmPlan plan,
               BiConsumer<List<Entity>, Article> eachArticle, BuildOperation.Progress progress, long start) {
        progress.phase("reading and checking the mapping files");
        List<Problem> problems = new ArrayList<>(reader.problems());
        Map<Path, Article> sound = new LinkedHashMap<>();
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        Map<Path, String> hashes = new LinkedHashMap<>();
        TreeSet<String> articleIds = new TreeSet<>();
        for (Path file : plan.toRead()) {
            // Stamped and hashed before it is read: a file changed meanwhile is read again by the next build.
            stamps.put(file, ContentHash.stamp(file));
            hashes.put(file, ContentHash.orMissing(file));
            CurationReader.CheckedMapping checked = reader.checkAlone(file);
            known.index.put(file, checked.article());
            checked.article().ifPresent(a -> articleIds.add(a.id()));
            problems.addAll(checked.problems());
            if (checked.problems().isEmpty() && basis.graphs) {
                Article article = checked.article().orElseThrow();
                sound.put(file, article);
                eachArticle.accept(reader.entities(), article);
            }
        }
        for (String id : articleIds) {
            List<Path> mapping = List.copyOf(known.index.filesMapping(id));
            mapping.stream().skip(1).forEach(again -> problems.add(CurationReader.mappedAgain(id, again, mapping.get(0))));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsFound(problems);
        }
        List<ReadFile> read = new ArrayList<>();
        try (ShapeCheckQueue checks = new ShapeCheckQueue()) {
            sound.forEach((file, article) -> {
                ValidationBase.ArticleGraph built = basis.graph(article);
                checks.submit(() -> basis.violations(built, plainShapeChecks));
                Node graphName = Iris.article(article.id());
                read.add(new ReadFile(file, graphName, built.graph(), new ArticleInput(file.getFileName().toString(),
                        hashes.get(file), article.sourceFile(), article.sha256(), article.id(), graphName.getURI(),
                        built.graph().size(), article.facts().size(), stamps.get(file), BuildPass.textStamp(projectRoot, article))));
            });
            List<Problem> violations = checks.violations();
            if (!violations.isEmpty()) {
                throw new ProblemsFound(violations);
            }
        }
        SortedMap<Path, ArticleInput> byFile = new TreeMap<>(last.byFile());
        SortedMap<String, Long> triples = new TreeMap<>(last.triples());
        BuiltGraph built = record(header, plan, read, byFile, triples);
        progress.phase("writing the changes");
        List<Node> removed = plan.removed().stream().map(NodeFactory::createURI).toList();
        StoreWrite written;
        try {
            written = GraphStore.update(storeDir, last.previous(), removed, out -> read.forEach(r -> out.add(r.graphName(), r.graph())),
                    () -> built);
        } catch (RuntimeException e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        } catch (InternalError e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        }
        int facts = last.facts() + read.stream().mapToInt(r -> r.input().facts()).sum()
                - plan.removedFiles(last).stream().mapToInt(ArticleInput::facts).sum();
        BuildReport report = new BuildReport(byFile.size(), reader.entities().size(), facts,
                built.triplesPerGraph(), Duration.ofNanos(System.nanoTime() - start), plan.mode(), written.size());
        return new Result(report, built, written, byFile, triples, facts);
    }

    /**
     * The last build's record with the plan's files taken out, the unchanged ones stamped anew, and those read put
     * in: {@code byFile} and {@code triples}, the last build's inputs by file and triples by graph, are changed so.
     */
    private static BuiltGraph record(BuildInputs header, WarmPlan plan, List<ReadFile> read,
                                     SortedMap<Path, ArticleInput> byFile, SortedMap<String, Long> triples) {
        for (Path file : plan.gone()) {
            triples.remove(byFile.remove(file).graph());
        }
        for (Path file : plan.toRead()) {
            Optional.ofNullable(byFile.remove(file)).ifPresent(then -> triples.remove(then.graph()));
        }
        byFile.putAll(plan.restamped());
        for (ReadFile r : read) {
            byFile.put(r.file(), r.input());
            triples.put(r.graphName().getURI(), (long) r.graph().size());
        }
        return new BuiltGraph(triples, new BuildInputs(header.kg(), header.jena(), header.ontology(), header.shapes(),
                header.entities(), List.copyOf(byFile.values())));
    }
}
