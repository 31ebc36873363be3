package dev.kg.rdf;

import dev.kg.mapping.Amount;
import dev.kg.mapping.Article;
import dev.kg.mapping.Bound;
import dev.kg.mapping.Curation;
import dev.kg.mapping.Entity;
import dev.kg.mapping.Fact;
import dev.kg.mapping.FactDate;
import dev.kg.mapping.Qualifiers;
import dev.kg.mapping.Schema;
import dev.kg.mapping.Status;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Turns a checked {@link Curation} into quads: one named graph per article (its metadata, its claims
 * and the direct edges derived from them), one for the shared entities, and one for the ontology.
 */
public final class GraphBuilder {
    private final Schema schema;
    private final DatasetGraph out = DatasetGraphFactory.create();

    private GraphBuilder(Schema schema) {
        this.schema = schema;
    }

    public static DatasetGraph build(Curation curation, Graph ontology, Schema schema) {
        GraphBuilder builder = new GraphBuilder(schema);
        ontology.find().forEach(t -> builder.out.add(Quad.create(Iris.ONTOLOGY_GRAPH, t)));
        curation.entities().forEach(builder::entity);
        curation.articles().forEach(builder::article);
        return builder.out;
    }

    private void entity(Entity e) {
        Node g = Iris.ENTITIES_GRAPH;
        Node s = Iris.entity(e.id());
        add(g, s, RDF.type.asNode(), Iris.term(e.type()));
        add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
        add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelIt(), "it"));
        e.aliases().forEach(a -> add(g, s, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString(a)));
    }

    private void article(Article a) {
        Node g = Iris.article(a.id());
        add(g, g, RDF.type.asNode(), Vocab.ARTICLE);
        add(g, g, Vocab.DCT_TITLE, NodeFactory.createLiteralLang(a.title(), a.language()));
        add(g, g, Vocab.DCT_LANGUAGE, NodeFactory.createLiteralString(a.language()));
        add(g, g, Vocab.SOURCE_FILE, NodeFactory.createLiteralString(a.sourceFile()));
        add(g, g, Vocab.SHA256, NodeFactory.createLiteralString(a.sha256()));
        for (Fact f : a.facts()) {
            claim(g, a, f);
        }
    }

    private void claim(Node g, Article a, Fact f) {
        Schema.Relation relation = schema.relations().get(f.relation());
        Node claim = Iris.claim(a.id(), f.id());
        Node subject = Iris.entity(f.subject());
        Node property = Iris.term(relation.name());
        Qualifiers q = f.qualifiers();
        add(g, claim, RDF.type.asNode(), Iris.term(relation.claimClass()));
        add(g, claim, Vocab.RELATION, property);
        add(g, claim, Vocab.SUBJECT, subject);
        add(g, claim, Vocab.STATED_IN, g);
        f.evidence().forEach(quote -> add(g, claim, Vocab.EVIDENCE, NodeFactory.createLiteralLang(quote.value(), a.language())));
        add(g, claim, Vocab.STATUS, status(q.status()));
        if (relation.linksEntities()) {
            Node object = Iris.entity(f.object());
            add(g, claim, Vocab.OBJECT, object);
            add(g, subject, property, object);
        } else {
            add(g, subject, property, decimal(q.amount().value()));
        }
        if (q.amount() != null) {
            amount(g, claim, Vocab.AMOUNT, "amount", q.amount());
        }
        if (q.valuation() != null) {
            amount(g, claim, Vocab.IMPLIED_VALUATION, "valuation", q.valuation());
        }
        if (q.stakePercent() != null) {
            add(g, claim, Vocab.STAKE, decimal(q.stakePercent()));
        }
        if (q.date() != null) {
            add(g, claim, Vocab.DATE, date(q.date()));
        }
        if (q.role() != null) {
            add(g, claim, Vocab.ROLE, NodeFactory.createLiteralLang(q.role(), a.language()));
        }
        if (q.interim() != null) {
            add(g, claim, Vocab.INTERIM, NodeFactory.createLiteralDT(q.interim().toString(), XSDDatatype.XSDboolean));
        }
        if (q.purpose() != null) {
            add(g, claim, Vocab.PURPOSE, NodeFactory.createLiteralLang(q.purpose(), a.language()));
        }
        q.attributedTo().forEach(source -> add(g, claim, Vocab.ATTRIBUTED_TO, Iris.entity(source)));
    }

    private void amount(Node g, Node claim, Node property, String part, Amount amount) {
        Node node = Iris.claimPart(claim, part);
        add(g, claim, property, node);
        add(g, node, RDF.type.asNode(), Vocab.MONETARY_AMOUNT);
        add(g, node, RDFS.label.asNode(), NodeFactory.createLiteralString(amount.text()));
        add(g, node, Vocab.VALUE, decimal(amount.value()));
        if (amount.upper() != null) {
            add(g, node, Vocab.UPPER_VALUE, decimal(amount.upper()));
        }
        add(g, node, Vocab.CURRENCY, NodeFactory.createLiteralString(amount.currency()));
        add(g, node, Vocab.BOUND, bound(amount.bound()));
    }

    private static final Map<Bound, String> BOUND_NAMES = Map.of(
            Bound.EXACT, "Exact", Bound.AT_LEAST, "AtLeast", Bound.AT_MOST, "AtMost",
            Bound.APPROXIMATELY, "Approximately", Bound.RANGE, "Range");

    private static Node bound(Bound bound) {
        return Iris.term(BOUND_NAMES.get(bound));
    }

    /** kg:Reported, kg:InTalks, … from "reported", "in-talks", …. */
    static Node status(Status status) {
        StringBuilder name = new StringBuilder();
        for (String word : status.key().split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return Iris.term(name.toString());
    }

    /** Always with a decimal point, so that Turtle and result tables show a plain number, not a typed string. */
    private static Node decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    private static Node date(FactDate date) {
        XSDDatatype type = switch (date.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(date.iso(), type);
    }

    private void add(Node g, Node s, Node p, Node o) {
        out.add(g, s, p, o);
    }
}
