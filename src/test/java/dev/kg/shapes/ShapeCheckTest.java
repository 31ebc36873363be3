package dev.kg.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kg.error.Problem;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.GraphBuilder;
import dev.kg.rdf.Iris;
import dev.kg.rdf.OntologySchemaReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import dev.kg.mapping.Article;
import dev.kg.mapping.Curation;
import dev.kg.rdf.Origins;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The shapes hold on the seed graph, and catch direct edges and claims that disagree. */
class ShapeCheckTest {
    /** The former-status shape's message and fix, as a violation reports them. */
    private static final String FORMER = "only a membership, leadership, employment, partnership, customer relationship,"
            + " kinship, citizenship, availability, evaluation or ownership is 'former' (value kg:Former) — use status former only with"
            + " joins, leads, worksFor, partnersOn, partnersWith, customerOf, relativeOf, citizenOf, runsOn, tests, testsModelsOf or ownedBy [shape-violation]";

    private static final Project SEEDS = new Project(Path.of(""));
    private static final Node ART = Iris.article("001_d5649c7f9c9adf91");
    private static final Node META = Iris.entity("meta");
    private static final Node SCALE = Iris.entity("scale-ai");
    private static final Node INVESTS_IN = Iris.term("investsIn");

    private GraphBuilder.Built built;
    private ShapeCheck shapes;

    @BeforeEach
    void buildSeeds() {
        Graph ontology = OntologySchemaReader.read(SEEDS.ontology());
        Schema schema = OntologySchemaReader.schema(ontology);
        built = GraphBuilder.build(CurationLoader.load(SEEDS.root(), SEEDS.seeds(), schema), ontology, schema);
        shapes = ShapeCheck.read(SEEDS.shapes());
    }

    private List<String> problems() {
        return shapes.check(built.quads().getUnionGraph(), built.origins()).stream()
                .sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList();
    }

    @Test
    void theSeedGraphConforms() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aClaimWithoutItsDirectEdgeIsReportedAtItsFact() {
        // Meta invests in Scale AI according to every article; remove the edge from all of them.
        built.quads().listGraphNodes().forEachRemaining(g -> built.quads().delete(g, META, INVESTS_IN, SCALE));

        List<String> problems = problems();

        assertEquals(5, problems.size(), String.join("\n", problems));
        assertEquals("seeds/000_9546f4cd82c692eb.yaml:10:15: fact 'meta-invests-in-scale-ai': a claim has no direct edge"
                + " for its relation (value kg:investsIn) — rebuild; the build writes one direct edge for every fact [shape-violation]",
                problems.get(0));
    }

    @Test
    void aDirectEdgeWithoutAClaimIsReportedAtItsEntity() {
        built.quads().add(ART, SCALE, INVESTS_IN, META);

        assertEquals(List.of("seeds/entities.yaml:10:9: entity 'scale-ai': a direct edge has no claim that states it"
                + " (value ent:meta) — direct edges are derived from facts; state it as a fact in a mapping file [shape-violation]"),
                problems());
    }

    @Test
    void aRangeAmountNeedsItsUpperValue() {
        Node amount = Iris.claimPart(Iris.claim("002_cf741e01a53c0ac0", "meta-invests-in-scale-ai"), "valuation");
        Node upper = Iris.term("upperValue");
        built.quads().deleteAny(Node.ANY, amount, upper, Node.ANY);

        assertEquals(List.of("seeds/002_cf741e01a53c0ac0.yaml:13:16: fact 'meta-invests-in-scale-ai': an amount has an upper"
                + " value exactly when it is a range — write a range as '14-25 billion USD', and any other amount as one figure [shape-violation]"),
                problems());
    }

    @Test
    void aDateNeedsItsPrecision() {
        Node claim = Iris.claim("000_9546f4cd82c692eb", "scale-ai-revenue-2024");
        built.quads().deleteAny(Node.ANY, claim, Iris.term("datePrecision"), Node.ANY);

        assertEquals(List.of("seeds/000_9546f4cd82c692eb.yaml:40:11: fact 'scale-ai-revenue-2024': a claim has a date without its"
                + " precision, or a precision without a date — write 'date:' as a year (2025), a month (2025-06) or a day"
                + " (2025-06-12) [shape-violation]"), problems());
    }

    @Test
    void aStatusThatOnlySomeKindsOfClaimTakeIsReportedAtTheFact() {
        Node founding = Iris.claim("001_d5649c7f9c9adf91", "scale-ai-founded-by-wang");
        Node joining = Iris.claim("001_d5649c7f9c9adf91", "wang-joins-meta");
        Node status = Iris.term("status");
        built.quads().deleteAny(ART, founding, status, Node.ANY);
        built.quads().add(ART, founding, status, Iris.term("Former"));
        built.quads().deleteAny(ART, joining, status, Node.ANY);
        built.quads().add(ART, joining, status, Iris.term("WindingDown"));

        assertEquals(List.of(
                "seeds/001_d5649c7f9c9adf91.yaml:34:5: fact 'scale-ai-founded-by-wang': " + FORMER,
                "seeds/001_d5649c7f9c9adf91.yaml:46:13: fact 'wang-joins-meta': only a partnership or customer relationship"
                        + " is 'winding-down' (value kg:WindingDown) — use status winding-down only with partnersOn, partnersWith"
                        + " or customerOf"
                        + " [shape-violation]"),
                problems());
    }

    /** The status shapes list the classes that may not take a status; every claim class is on the right side. */
    @Test
    void aStatusThatOnlySomeClassesTakeIsRefusedOnEveryOtherClaimClass() {
        Graph ontology = OntologySchemaReader.read(SEEDS.ontology());
        List<Node> claimClasses = ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Iris.term("Claim")).mapWith(Triple::getSubject).toList();
        assertEquals(28, claimClasses.size());
        Set<String> formerTakers = Set.of("Membership", "Leadership", "Employment", "Partnership", "CustomerRelationship",
                "Kinship", "Citizenship", "Availability", "Evaluation", "Ownership");
        Map<String, Set<String>> takers = Map.of("Former", formerTakers,
                "WindingDown", Set.of("Partnership", "CustomerRelationship"),
                "Open", Set.of("Investigation", "Lawsuit"), "Closed", Set.of("Investigation", "Lawsuit"));
        Map<String, String> refusals = Map.of("Former", "is 'former'", "WindingDown", "is 'winding-down'",
                "Open", "is open or closed", "Closed", "is open or closed");
        Node claim = Iris.claim("000_9546f4cd82c692eb", "a-claim");
        for (Node claimClass : claimClasses) {
            for (Map.Entry<String, Set<String>> status : takers.entrySet()) {
                Graph data = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(data, ontology);
                data.add(claim, RDF.type.asNode(), claimClass);
                data.add(claim, Iris.term("status"), Iris.term(status.getKey()));
                boolean refused = shapes.check(data, new Origins()).stream()
                        .anyMatch(p -> p.toString().contains(refusals.get(status.getKey())));
                assertEquals(!status.getValue().contains(claimClass.getLocalName()), refused,
                        claimClass.getLocalName() + " with status " + status.getKey());
            }
        }
    }

    /**
     * The qualifier shapes say "the claim's rdf:type is in (A B)" for sh:or over sh:class, which holds only while
     * every claim has one class and no claim class is a subclass of another.
     */
    @Test
    void everyClaimHasOneClassAndNoClaimClassIsASubclassOfAnother() {
        Graph graph = built.quads().getUnionGraph();
        Node subClassOf = RDFS.subClassOf.asNode();
        List<Node> claimClasses = graph.find(Node.ANY, subClassOf, Iris.term("Claim")).mapWith(Triple::getSubject).toList();
        assertEquals(28, claimClasses.size());
        for (Node c : claimClasses) {
            for (Node d : claimClasses) {
                assertFalse(!c.equals(d) && graph.contains(c, subClassOf, d), c + " is a subclass of " + d);
            }
        }
        List<Node> claims = graph.find(Node.ANY, Iris.term("statedIn"), Node.ANY).mapWith(Triple::getSubject).toList();
        assertEquals(91, claims.size());
        for (Node claim : claims) {
            assertEquals(1, graph.find(claim, RDF.type.asNode(), Node.ANY).toList().size(), claim.toString());
        }
    }

    /** What a build checks: one article's graph with the ontology and the entities, without the derived-data shapes. */
    @Test
    void anArticleGraphIsCheckedOnItsOwnWithoutTheDerivedDataShapes() {
        Graph ontology = OntologySchemaReader.read(SEEDS.ontology());
        Schema schema = OntologySchemaReader.schema(ontology);
        Curation curation = CurationLoader.load(SEEDS.root(), SEEDS.seeds(), schema);
        Origins entityOrigins = new Origins();
        Graph base = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(base, ontology);
        GraphUtil.addInto(base, GraphBuilder.entities(curation.entities(), schema, entityOrigins));
        assertEquals(List.of(), shapes.checkBase(base, entityOrigins));
        Article article = curation.articles().get(2);
        Origins origins = new Origins(entityOrigins);
        Graph part = GraphBuilder.article(article, schema, origins);
        assertEquals(List.of(), shapes.checkPart(part, ontology, base, origins));

        Node investment = Iris.claim(article.id(), "meta-invests-in-scale-ai");
        part.remove(investment, Iris.term("status"), Node.ANY);
        part.add(investment, Iris.term("status"), Iris.term("Former"));
        part.remove(Iris.claimPart(investment, "valuation"), Iris.term("upperValue"), Node.ANY);
        part.remove(META, INVESTS_IN, SCALE);
        // The claim is a kg:Investment; the shape that needs the article targets its superclass kg:Claim.
        part.remove(investment, Iris.term("statedIn"), Node.ANY);

        // The status is a curator's; the range's bounds and the direct edge are the build's own, which the
        // whole-graph check covers.
        assertEquals(List.of("seeds/002_cf741e01a53c0ac0.yaml:8:5: fact 'meta-invests-in-scale-ai': a claim is stated in exactly"
                        + " one article — keep each fact in the mapping file of its article [shape-violation]",
                "seeds/002_cf741e01a53c0ac0.yaml:14:13: fact 'meta-invests-in-scale-ai': an investment is reported,"
                        + " rumoured, in talks or completed (value kg:Former) — write 'status:' as reported, rumoured, in-talks or"
                        + " completed [shape-violation]",
                "seeds/002_cf741e01a53c0ac0.yaml:14:13: fact 'meta-invests-in-scale-ai': " + FORMER),
                shapes.checkPart(part, ontology, base, origins).stream().sorted(Problem.IN_FILE_ORDER).map(Problem::toString).toList());
    }
}
