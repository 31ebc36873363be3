package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.mapping.Curation;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.GraphBuilder;
import dev.kg.rdf.OntologySchemaReader;
import dev.kg.shapes.ShapeCheck;
import dev.kg.store.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates a project's curated facts and builds the graph into a store. */
public final class BuildOperation {

    /** The checked curation and the graph built from it, which conforms to the shapes. */
    public record Checked(Curation curation, DatasetGraph quads) {
    }

    /** Told what a long build is doing, as it starts each part. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = what -> { };

        void phase(String what);
    }

    private BuildOperation() {
    }

    /**
     * Reads and checks everything: the mapping files against the ontology, then the graph built from them
     * against the SHACL shapes. Throws with every problem found, and writes nothing.
     */
    public static Checked validate(Project project) {
        return validate(project, Progress.NONE);
    }

    static Checked validate(Project project, Progress progress) {
        Graph ontology = OntologySchemaReader.read(project.ontology());
        Schema schema = OntologySchemaReader.schema(ontology);
        ShapeCheck shapes = ShapeCheck.read(project.shapes());
        if (!Files.isDirectory(project.seeds())) {
            throw new KgException(ErrorCode.FILE_MISSING,
                    project.seeds() + ": there is no seeds folder — create it with entities.yaml and one mapping file per article");
        }
        progress.phase("reading and checking the mapping files");
        Curation curation = CurationLoader.load(project.root(), project.seeds(), schema);
        GraphBuilder.Built built = GraphBuilder.build(curation, ontology, schema);
        // One plain graph with everything, the ontology too (so that sh:class sees subclasses): a union view
        // would search every named graph on each lookup, which is quadratic with one graph per article.
        Graph union = GraphFactory.createDefaultGraph();
        built.quads().find().forEachRemaining(q -> union.add(q.asTriple()));
        progress.phase("checking the graph against the shapes");
        List<Problem> violations = shapes.check(union, built.origins());
        if (!violations.isEmpty()) {
            throw new ProblemsFound(violations);
        }
        return new Checked(curation, built.quads());
    }

    /** Validates, then replaces the store's graph in one transaction. The store is not touched when validation fails. */
    public static BuildReport build(Project project, Path storeDir) {
        return build(project, storeDir, Progress.NONE);
    }

    public static BuildReport build(Project project, Path storeDir, Progress progress) {
        long start = System.nanoTime();
        Checked checked = validate(project, progress);
        DatasetGraph quads = checked.quads();
        progress.phase("writing the graph to " + storeDir);
        try (GraphStore store = GraphStore.openOrCreate(storeDir)) {
            store.replaceWith(quads);
        }
        Map<String, Long> perGraph = new TreeMap<>();
        quads.listGraphNodes().forEachRemaining(g -> perGraph.put(g.getURI(), quads.getGraph(g).size() + 0L));
        return new BuildReport(checked.curation().articles().size(), checked.curation().entities().size(),
                checked.curation().factCount(), perGraph, Duration.ofNanos(System.nanoTime() - start));
    }
}
