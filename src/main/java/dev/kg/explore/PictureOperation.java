package dev.kg.explore;

import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/** Reads a {@link GraphPicture} from a store. */
public final class PictureOperation {

    private PictureOperation() {
    }

    public static GraphPicture read(GraphStore store) {
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            ClaimReader claims = new ClaimReader(ds);
            Map<String, GraphPicture.Node> nodes = new TreeMap<>();
            Map<String, List<StatedFact>> edges = new TreeMap<>();
            TreeSet<String> articles = new TreeSet<>();
            ds.find(Iris.ENTITIES_GRAPH, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                Node entity = q.getSubject();
                String id = entity.getURI().substring(Iris.ENTITY_NS.length());
                List<StatedFact> facts = claims.about(entity);
                facts.forEach(f -> articles.add(f.article()));
                for (StatedFact f : facts) {
                    if (f.objectIri() != null && f.subjectIri().equals(entity.getURI())) {
                        edges.computeIfAbsent(local(f.subjectIri()) + "\t" + f.relation() + "\t" + local(f.objectIri()),
                                k -> new ArrayList<>()).add(f);
                    }
                }
                nodes.put(id, new GraphPicture.Node(id, claims.label(entity),
                        q.getObject().getURI().substring(Iris.ONTOLOGY_NS.length()), facts));
            });
            List<GraphPicture.Edge> edgeList = new ArrayList<>();
            edges.forEach((key, stated) -> {
                String[] parts = key.split("\t");
                edgeList.add(new GraphPicture.Edge(parts[0], parts[1], parts[2], stated));
            });
            return new GraphPicture(List.copyOf(nodes.values()), edgeList, List.copyOf(articles));
        });
    }

    private static String local(String entityIri) {
        return entityIri.substring(Iris.ENTITY_NS.length());
    }
}
