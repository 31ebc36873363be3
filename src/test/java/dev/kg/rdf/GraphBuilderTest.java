package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.error.SourceLocation;
import dev.kg.mapping.Amount;
import dev.kg.mapping.Article;
import dev.kg.mapping.ArticleSource;
import dev.kg.mapping.Fact;
import dev.kg.mapping.FactDate;
import dev.kg.mapping.Qualifiers;
import dev.kg.mapping.Scalar;
import dev.kg.mapping.Schema;
import dev.kg.mapping.Status;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The triples one article's facts become: the claim node, its qualifiers and the direct edge. */
class GraphBuilderTest {
    private static final Schema SCHEMA = OntologySchemaReader.schema(OntologySchemaReader.read(Path.of("ontology/kg.ttl")));
    private static final SourceLocation AT = new SourceLocation(Path.of("a1.yaml"), 1, 1);

    private static Triples lines(Graph g) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return new Triples(new TreeSet<>(out.toString().lines().toList()));
    }

    private record Triples(TreeSet<String> lines) {
        boolean has(String s, String p, String o) {
            return lines.contains(s + " " + p + " " + o + " .");
        }
    }

    private static String kg(String local) {
        return "<https://w3id.org/kg/ontology#" + local + ">";
    }

    @Test
    void anInvestmentBecomesAClaimWithItsQualifiersAndTheDirectEdge() {
        Amount amount = Amount.parse("over 10 billion USD").orElseThrow();
        Qualifiers q = new Qualifiers(amount, new BigDecimal("49"), null, FactDate.parse("2025-06").orElseThrow(), Status.fromKey("in-talks").orElseThrow(),
                null, null, null, List.of("bloomberg"), null, null, List.of(), List.of(), Map.of("stake", List.of(new Scalar("minority", AT))));
        Fact fact = new Fact("meta-invests", "meta", "investsIn", "scale-ai", q, List.of(new Scalar("Meta investe in Scale AI", AT)), AT, Map.of());
        Article article = new Article("a1", Path.of("a1.yaml"), "seeds/a1.txt", "Titolo", "it", ArticleSource.UNKNOWN,
                "Meta investe in Scale AI.", "0".repeat(64), List.of(fact), List.of());
        Triples t = lines(GraphBuilder.article(article, SCHEMA, new Origins()));

        String claim = "<https://w3id.org/kg/id/claim/a1/meta-invests>";
        String amountNode = "<https://w3id.org/kg/id/claim/a1/meta-invests/amount>";
        String meta = "<https://w3id.org/kg/id/entity/meta>";
        assertTrue(t.has(claim, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", kg("Investment")), t.lines().toString());
        assertTrue(t.has(claim, kg("subject"), meta));
        assertTrue(t.has(claim, kg("object"), "<https://w3id.org/kg/id/entity/scale-ai>"));
        assertTrue(t.has(claim, kg("relation"), kg("investsIn")));
        assertTrue(t.has(claim, kg("statedIn"), "<https://w3id.org/kg/id/article/a1>"));
        assertTrue(t.has(claim, kg("evidence"), "\"Meta investe in Scale AI\"@it"));
        assertTrue(t.has(claim, kg("status"), kg("InTalks")));
        assertTrue(t.has(claim, kg("stake"), "\"49.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"));
        assertTrue(t.has(claim, kg("stakeKind"), kg("MinorityStake")));
        assertTrue(t.has(claim, kg("attributedTo"), "<https://w3id.org/kg/id/entity/bloomberg>"));
        assertTrue(t.has(claim, kg("date"), "\"2025-06-01T00:00:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"));
        assertTrue(t.has(claim, kg("datePrecision"), kg("MonthPrecision")));
        assertTrue(t.has(amountNode, kg("value"), "\"10000000000.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"));
        assertTrue(t.has(amountNode, kg("bound"), kg("AtLeast")));
        assertTrue(t.has(amountNode, kg("currency"), "\"USD\""));
        assertTrue(t.has(meta, kg("investsIn"), "<https://w3id.org/kg/id/entity/scale-ai>"));
        // The article node: its type, title in its language, file and digest; and nothing else beside the claim.
        assertTrue(t.has("<https://w3id.org/kg/id/article/a1>", "<http://purl.org/dc/terms/title>", "\"Titolo\"@it"));
        assertEquals(24, t.lines().size(), t.lines().toString());
    }

    @Test
    void theSameFactBuildsTheSameTriples() {
        Qualifiers q = new Qualifiers(null, null, null, null, Status.fromKey("reported").orElseThrow(), "CEO", null, null,
                List.of(), null, null, List.of(), List.of(), Map.of("role", List.of(new Scalar("CEO", AT))));
        Fact fact = new Fact("wang-leads", "alexandr-wang", "leads", "scale-ai", q, List.of(new Scalar("Wang guida Scale AI", AT)), AT, Map.of());
        Article article = new Article("a2", Path.of("a2.yaml"), "seeds/a2.txt", "T", "it", ArticleSource.UNKNOWN, "Wang guida Scale AI.",
                "1".repeat(64), List.of(fact), List.of());
        Triples first = lines(GraphBuilder.article(article, SCHEMA, new Origins()));
        assertEquals(first, lines(GraphBuilder.article(article, SCHEMA, new Origins())));
        assertTrue(first.has("<https://w3id.org/kg/id/claim/a2/wang-leads>", kg("roleConcept"), kg("CEO")));
        assertTrue(first.has("<https://w3id.org/kg/id/claim/a2/wang-leads>", kg("role"), "\"CEO\"@it"));
    }
}
