package dev.kg.build;

import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Entity;
import dev.kg.project.Project;
import dev.kg.rdf.Iris;
import dev.kg.store.BuildInputs;
import dev.kg.store.BuildInputs.ArticleInput;
import dev.kg.store.BuildInputs.FileStamp;
import dev.kg.store.BuiltGraph;
import dev.kg.store.GraphSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One pass over the curation: each article read, checked, built and handed on; shapes checked beside. In an
 * incremental build ({@link BuildMode.Kind#INCREMENTAL}) the mapping files that did not change are taken as
 * read (the store holds their graphs, and they passed every check against the same entities, ontology and
 * shapes), the base graphs are not sent again, and only the checks across files see them.
 */
final class BuildPass implements AutoCloseable {
    private final BuildOperation.Progress progress;
    private final BiConsumer<List<Entity>, Article> eachArticle;
    private final long start = System.nanoTime();
    private final ValidationBase basis;
    private final CurationReader reader;
    private final boolean build;
    private final ShapeCheckQueue checks;
    private final Map<String, Long> triplesPerGraph = new TreeMap<>();
    private final Graph ontology;
    private final Graph entities;
    private final boolean plainShapeChecks;
    private final ChangePlan plan;
    private final Path projectRoot;
    private final boolean incremental;
    private final List<ArticleInput> inputs = new ArrayList<>();
    private boolean baseChecked;
    private int articles;
    private int facts;

    /** A pass over {@code project}, its ontology, shapes and entities read first. */
    BuildPass(Project project, BuildOperation.Progress progress, BiConsumer<List<Entity>, Article> eachArticle,
              boolean plainShapeChecks, ChangePlan plan) {
        this(read(project, progress), project.root(), progress, eachArticle, plainShapeChecks, plan);
    }

    private BuildPass(ValidationBase basis, Path projectRoot, BuildOperation.Progress progress,
                      BiConsumer<List<Entity>, Article> eachArticle, boolean plainShapeChecks, ChangePlan plan) {
        this(basis, basis.reader, projectRoot, progress, eachArticle, plainShapeChecks, plan);
    }

    /**
     * A pass with what every article is checked against already read ({@code basis}), over the mapping files
     * of {@code reader}, which has read none yet.
     */
    BuildPass(ValidationBase basis, CurationReader reader, Path projectRoot, BuildOperation.Progress progress,
              BiConsumer<List<Entity>, Article> eachArticle, boolean plainShapeChecks, ChangePlan plan) {
        this.basis = basis;
        this.reader = reader;
        this.progress = progress;
        this.plainShapeChecks = plainShapeChecks;
        this.eachArticle = eachArticle;
        this.plan = plan;
        this.projectRoot = projectRoot;
        this.incremental = plan != null && plan.mode().kind() == BuildMode.Kind.INCREMENTAL;
        ontology = basis.ontology;
        // Graphs are built only from sound entities; otherwise the mapping files are still checked, for their problems.
        build = basis.graphs;
        entities = basis.entities;
        checks = new ShapeCheckQueue();
        // The entities and ontology an incremental build starts from passed the last build's checks unchanged.
        baseChecked = incremental;
    }

    private static ValidationBase read(Project project, BuildOperation.Progress progress) {
        progress.phase("reading and checking the entities");
        return ValidationBase.read(project);
    }

    /** Reads every mapping file; while all is well, hands the graphs to {@code out} (when not null). */
    void readAll(GraphSink out) {
        count(Iris.ONTOLOGY_GRAPH, ontology);
        count(Iris.ENTITIES_GRAPH, entities);
        // The loader starts with the first sound article, so input that fails early costs no store work.
        boolean baseSent = incremental;
        long triples = ontology.size() + entities.size();
        progress.phase("reading and checking the mapping files");
        List<Path> mappingFiles = reader.mappingFiles();
        for (int i = 0; i < mappingFiles.size(); i++) {
            Path file = mappingFiles.get(i);
            String name = file.getFileName().toString();
            ArticleInput before = incremental ? plan.unchanged().get(name) : null;
            if (before != null) {
                reader.readBefore(file, before.article());
                triplesPerGraph.put(before.graph(), before.triples());
                inputs.add(before);
                triples += before.triples();
                articles++;
                facts += before.facts();
                progress.articles(i + 1, mappingFiles.size(), triples);
                continue;
            }
            // Stamped and hashed before it is read: a file changed meanwhile is read again by the next build.
            FileStamp stamp = ContentHash.stamp(file);
            String hash = ContentHash.orMissing(file);
            Optional<Article> read = reader.read(file);
            if (read.isPresent() && build) {
                Article article = read.get();
                ValidationBase.ArticleGraph built = basis.graph(article);
                Graph graph = built.graph();
                // Shapes are reported once the mapping files are sound, so input that fails early is cheap.
                if (!reader.hasProblems()) {
                    checkBaseOnce();
                    checks.submit(() -> basis.violations(built, plainShapeChecks));
                }
                eachArticle.accept(reader.entities(), article);
                // Once anything is wrong the build will fail, so the loader is spared the rest.
                boolean sound = out != null && !reader.hasProblems() && !checks.failed();
                if (sound && !baseSent) {
                    sendBase(out);
                    baseSent = true;
                }
                Node graphName = Iris.article(article.id());
                count(graphName, graph);
                if (sound) {
                    out.add(graphName, graph);
                }
                inputs.add(new ArticleInput(name, hash, article.sourceFile(), article.sha256(), article.id(),
                        graphName.getURI(), graph.size(), article.facts().size(), stamp, textStamp(projectRoot, article)));
                triples += graph.size();
                articles++;
                facts += article.facts().size();
            }
            progress.articles(i + 1, mappingFiles.size(), triples);
        }
        if (!baseSent && out != null && !reader.hasProblems()) {
            sendBase(out);
        }
    }

    /**
     * The article's stamp, taken after it was read (its name is known only then), so kept only when the file
     * still holds the bytes read.
     */
    static FileStamp textStamp(Path projectRoot, Article article) {
        Path text = projectRoot.resolve(article.sourceFile());
        FileStamp stamp = ContentHash.stamp(text);
        return stamp.known() && ContentHash.orMissing(text).equals(article.sha256()) ? stamp : FileStamp.NONE;
    }

    /** The entities and the ontology are checked once, when the first article needs them. */
    private void checkBaseOnce() {
        if (!baseChecked) {
            baseChecked = true;
            checks.submit(basis::baseViolations);
        }
    }

    private void sendBase(GraphSink out) {
        out.add(Iris.ONTOLOGY_GRAPH, ontology);
        out.add(Iris.ENTITIES_GRAPH, entities);
    }

    /** Waits for the shape checks; throws with every problem found, or reports what was read. */
    BuildReport verdict() {
        if (build && !reader.hasProblems()) {
            checkBaseOnce();
        }
        List<Problem> problems = reader.hasProblems() ? reader.problems() : checks.violations();
        if (!problems.isEmpty()) {
            throw new ProblemsFound(problems);
        }
        return new BuildReport(articles, reader.entities().size(), facts, triplesPerGraph,
                Duration.ofNanos(System.nanoTime() - start), null, null);
    }

    /** What the store records of the graph built: its graphs' triples and the inputs it was built from. */
    BuiltGraph built() {
        BuildInputs h = plan.header();
        return new BuiltGraph(triplesPerGraph, new BuildInputs(h.kg(), h.jena(), h.ontology(), h.shapes(), h.entities(), inputs));
    }

    private void count(Node graphName, Graph graph) {
        triplesPerGraph.put(graphName.getURI(), (long) graph.size());
    }

    @Override
    public void close() {
        checks.close();
    }
}
