package dev.kg.explore;

import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/** Reads a {@link GraphPicture} from a store. */
public final class PictureOperation {

    /** One edge of the picture: every claim of a relation between two entities, from any article. */
    private record EdgeKey(String from, String relation, String to) {
        static final Comparator<EdgeKey> ORDER = Comparator.comparing(EdgeKey::from)
                .thenComparing(EdgeKey::relation).thenComparing(EdgeKey::to);
    }

    private static final String ACCORDING_TO = "according to";

    private PictureOperation() {
    }

    public static GraphPicture read(GraphStore store) {
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            ClaimReader claims = new ClaimReader(ds);
            Map<String, GraphPicture.Node> nodes = new TreeMap<>();
            Map<EdgeKey, List<StatedFact>> edges = new TreeMap<>(EdgeKey.ORDER);
            Map<EdgeKey, List<StatedFact>> attributions = new TreeMap<>(EdgeKey.ORDER);
            TreeSet<String> articles = new TreeSet<>();
            ds.find(Iris.ENTITIES_GRAPH, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                Node entity = q.getSubject();
                String id = Iris.entityId(entity.getURI());
                List<StatedFact> facts = new ArrayList<>(claims.about(entity));
                for (StatedFact f : facts) {
                    if (f.objectIri() != null && f.subjectIri().equals(entity.getURI())) {
                        edges.computeIfAbsent(new EdgeKey(Iris.entityId(f.subjectIri()), f.relation(),
                                Iris.entityId(f.objectIri())), k -> new ArrayList<>()).add(f);
                    }
                }
                for (StatedFact f : claims.creditedTo(entity)) {
                    attributions.computeIfAbsent(new EdgeKey(Iris.entityId(f.subjectIri()), ACCORDING_TO, id),
                            k -> new ArrayList<>()).add(f);
                }
                List<String> stated = facts.stream().map(StatedFact::claimIri).toList();
                claims.naming(entity).stream().filter(f -> !stated.contains(f.claimIri())).forEach(facts::add);
                facts.forEach(f -> articles.add(f.article()));
                nodes.put(id, new GraphPicture.Node(id, claims.label(entity),
                        Iris.termName(q.getObject().getURI()), facts));
            });
            List<GraphPicture.Edge> edgeList = new ArrayList<>();
            edges.forEach((key, stated) -> edgeList.add(new GraphPicture.Edge(key.from(), key.relation(), key.to(), stated)));
            List<GraphPicture.Attribution> attributionList = new ArrayList<>();
            attributions.forEach((key, stated) -> attributionList.add(new GraphPicture.Attribution(key.from(), key.to(), stated)));
            return new GraphPicture(List.copyOf(nodes.values()), edgeList, attributionList,
                    articles.stream().map(claims::source).toList());
        });
    }
}
