package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Entity;
import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.GraphBuilder;
import dev.kg.rdf.Iris;
import dev.kg.rdf.OntologySchemaReader;
import dev.kg.rdf.Origins;
import dev.kg.shapes.ShapeCheck;
import dev.kg.store.GraphReplacement;
import dev.kg.store.GraphStore;
import dev.kg.store.Loader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

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
        Pass pass = new Pass(project, progress, eachArticle, false);
        try (pass) {
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
        return build(project, storeDir, loader, progress, (entities, article) -> { });
    }

    /** As {@link #build(Project, Path, Loader, Progress)}; {@code eachArticle} sees every sound article as it is read. */
    public static BuildReport build(Project project, Path storeDir, Loader loader, Progress progress,
                                    BiConsumer<List<Entity>, Article> eachArticle) {
        long start = System.nanoTime();
        BuildReport[] checked = new BuildReport[1];
        try (Pass pass = new Pass(project, progress, eachArticle, loader == Loader.PLAIN)) {
            GraphStore.replace(storeDir, loader, out -> {
                pass.readAll(out);
                progress.phase("finishing the store's indexes and the shape checks");
            }, () -> {
                checked[0] = pass.verdict();
                return checked[0].triplesPerGraph();
            });
        } catch (RuntimeException e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        } catch (InternalError e) {
            throw DiskFull.ifCause(e, storeDir).orElseThrow(() -> e);
        }
        BuildReport r = checked[0];
        return new BuildReport(r.articles(), r.entities(), r.facts(), r.triplesPerGraph(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** One pass over the curation: each article read, checked, built and handed on; shapes checked beside. */
    private static final class Pass implements AutoCloseable {
        private final Progress progress;
        private final BiConsumer<List<Entity>, Article> eachArticle;
        private final long start = System.nanoTime();
        private final Schema schema;
        private final CurationReader reader;
        private final boolean build;
        private final Origins entityOrigins = new Origins();
        private final ShapeCheck shapes;
        private final Graph base;
        private final ShapeCheckQueue checks;
        private final Map<String, Long> triplesPerGraph = new TreeMap<>();
        private final Graph ontology;
        private final Graph entities;
        private final boolean plainShapeChecks;
        private boolean baseChecked;
        private int articles;
        private int facts;

        Pass(Project project, Progress progress, BiConsumer<List<Entity>, Article> eachArticle, boolean plainShapeChecks) {
            this.progress = progress;
            this.plainShapeChecks = plainShapeChecks;
            this.eachArticle = eachArticle;
            ontology = OntologySchemaReader.read(project.ontology());
            schema = OntologySchemaReader.schema(ontology);
            ShapeCheck shapes = ShapeCheck.read(project.shapes());
            if (!Files.isDirectory(project.seeds())) {
                throw new KgException(ErrorCode.FILE_MISSING,
                        project.seeds() + ": there is no seeds folder — create it with entities.yaml and one mapping file per article");
            }
            progress.phase("reading and checking the entities");
            reader = CurationReader.open(project.root(), project.seeds(), schema);
            // Graphs are built only from sound entities; otherwise the mapping files are still checked, for their problems.
            build = !reader.hasProblems();
            entities = build ? GraphBuilder.entities(reader.entities(), schema, entityOrigins) : GraphFactory.createDefaultGraph();
            // The ontology sits beside the entities so that sh:class sees the subclasses.
            Graph base = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(base, ontology);
            GraphUtil.addInto(base, entities);
            this.shapes = shapes;
            this.base = base;
            checks = new ShapeCheckQueue();
        }

        /** Reads every mapping file; while all is well, hands the graphs to {@code out} (when not null). */
        void readAll(GraphReplacement out) {
            count(Iris.ONTOLOGY_GRAPH, ontology);
            count(Iris.ENTITIES_GRAPH, entities);
            // The loader starts with the first sound article, so input that fails early costs no store work.
            boolean baseSent = false;
            long triples = ontology.size() + entities.size();
            progress.phase("reading and checking the mapping files");
            List<Path> mappingFiles = reader.mappingFiles();
            for (int i = 0; i < mappingFiles.size(); i++) {
                Optional<Article> read = reader.read(mappingFiles.get(i));
                if (read.isPresent() && build) {
                    Article article = read.get();
                    Origins origins = new Origins(entityOrigins);
                    Graph graph = GraphBuilder.article(article, schema, origins);
                    // Shapes are reported once the mapping files are sound, so input that fails early is cheap.
                    if (!reader.hasProblems()) {
                        checkBaseOnce();
                        checks.submit(() -> plainShapeChecks ? shapes.checkPartPlainly(graph, base, origins)
                                : shapes.checkPart(graph, ontology, base, origins));
                    }
                    eachArticle.accept(reader.entities(), article);
                    // Once anything is wrong the build will fail, so the loader is spared the rest.
                    boolean sound = out != null && !reader.hasProblems() && !checks.failed();
                    if (sound && !baseSent) {
                        sendBase(out);
                        baseSent = true;
                    }
                    count(Iris.article(article.id()), graph);
                    if (sound) {
                        out.add(Iris.article(article.id()), graph);
                    }
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

        /** The entities and the ontology are checked once, when the first article needs them. */
        private void checkBaseOnce() {
            if (!baseChecked) {
                baseChecked = true;
                checks.submit(() -> shapes.checkBase(base, entityOrigins));
            }
        }

        private void sendBase(GraphReplacement out) {
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
                    Duration.ofNanos(System.nanoTime() - start));
        }

        private void count(Node graphName, Graph graph) {
            triplesPerGraph.put(graphName.getURI(), (long) graph.size());
        }

        @Override
        public void close() {
            checks.close();
        }
    }
}
