package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.GraphBuilder;
import dev.kg.rdf.OntologySchemaReader;
import dev.kg.rdf.Origins;
import dev.kg.shapes.ShapeCheck;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What each mapping file is checked against, read once a build and kept while {@code kg validate --watch} or
 * {@code kg build --watch} runs: the ontology, the shapes, the entities (with the project's reader, which lists
 * the mapping files) and their graph, and the graph of the ontology and the entities that every article's graph
 * is checked beside. Only read once made, so builds one after another may share it.
 */
final class ValidationBase {
    final Schema schema;
    final CurationReader reader;
    /** Articles' graphs are built and checked only when the entities and the seeds folder are sound, as in a build. */
    final boolean graphs;
    final Graph ontology;
    /** The entities' graph; empty when they are not sound. */
    final Graph entities;
    private final ShapeCheck shapes;
    private final Origins entityOrigins = new Origins();
    private final Graph base;

    private ValidationBase(Project project) {
        ontology = OntologySchemaReader.read(project.ontology());
        schema = OntologySchemaReader.schema(ontology);
        shapes = ShapeCheck.read(project.shapes());
        if (!Files.isDirectory(project.seeds())) {
            throw new KgException(ErrorCode.FILE_MISSING,
                    project.seeds() + ": there is no seeds folder — create it with entities.yaml and one mapping file per article");
        }
        reader = CurationReader.open(project.root(), project.seeds(), schema);
        graphs = !reader.hasProblems();
        entities = graphs ? GraphBuilder.entities(reader.entities(), schema, entityOrigins) : GraphFactory.createDefaultGraph();
        // The ontology sits beside the entities so that sh:class sees the subclasses.
        base = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(base, ontology);
        GraphUtil.addInto(base, entities);
    }

    /** Reads the ontology, the shapes and the entities; throws when the ontology or the shapes cannot be read. */
    static ValidationBase read(Project project) {
        return new ValidationBase(project);
    }

    /** The violations of the shapes by the ontology and the entities. */
    List<Problem> baseViolations() {
        return shapes.checkBase(base, entityOrigins);
    }

    /** The violations of the shapes by the graph of one sound article, seen beside the ontology and the entities. */
    List<Problem> violations(Article article) {
        ArticleGraph graph = graph(article);
        return violations(graph, false);
    }

    /** One article's graph, and where each of its nodes came from. */
    record ArticleGraph(Graph graph, Origins origins) {
    }

    ArticleGraph graph(Article article) {
        Origins origins = new Origins(entityOrigins);
        return new ArticleGraph(GraphBuilder.article(article, schema, origins), origins);
    }

    /** As {@link #violations(Article)}; {@code plainly}, with Jena's public SHACL validator instead of kg's focus nodes. */
    List<Problem> violations(ArticleGraph article, boolean plainly) {
        return plainly ? shapes.checkPartPlainly(article.graph(), base, article.origins())
                : shapes.checkPart(article.graph(), ontology, base, article.origins());
    }
}
