package dev.kg.rdf;

import dev.kg.error.SourceLocation;
import dev.kg.mapping.Amount;
import dev.kg.mapping.Article;
import dev.kg.mapping.ArticleSource;
import dev.kg.mapping.Bound;
import dev.kg.mapping.Curation;
import dev.kg.mapping.Entity;
import dev.kg.mapping.Fact;
import dev.kg.mapping.FactDate;
import dev.kg.mapping.Qualifiers;
import dev.kg.mapping.Schema;
import dev.kg.mapping.Status;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Turns a checked {@link Curation} into quads: one named graph per article (its metadata, its claims
 * and the direct edges derived from them), one for the shared entities, and one for the ontology.
 */
public final class GraphBuilder {
    /** The built quads, and where each node came from. */
    public record Built(DatasetGraph quads, Origins origins) {
    }

    /** The field of a fact in a mapping file that each claim property is written from. */
    private static final Map<Node, String> FIELDS = Map.ofEntries(
            Map.entry(Vocab.SUBJECT, "subject"), Map.entry(Vocab.OBJECT, "object"),
            Map.entry(Vocab.RELATION, "relation"), Map.entry(Vocab.STATUS, "status"),
            Map.entry(Vocab.AMOUNT, "amount"), Map.entry(Vocab.IMPLIED_VALUATION, "valuation"),
            Map.entry(Vocab.STAKE, "stake"), Map.entry(Vocab.DATE, "date"), Map.entry(Vocab.DATE_PRECISION, "date"),
            Map.entry(Vocab.ROLE, "role"), Map.entry(Vocab.INTERIM, "interim"), Map.entry(Vocab.PURPOSE, "purpose"),
            Map.entry(Vocab.ATTRIBUTED_TO, "attributedTo"), Map.entry(Vocab.EVIDENCE, "evidence"),
            Map.entry(Vocab.COUNT, "count"), Map.entry(Vocab.DURATION, "duration"), Map.entry(Vocab.ON_PLATFORM, "platform"), Map.entry(Vocab.INCLUDES, "includes"),
            Map.entry(Vocab.DATE_HEDGE, "date"), Map.entry(Vocab.DATE_AS_WRITTEN, "date"),
            Map.entry(Iris.term("roleConcept"), "role"), Map.entry(Iris.term("purposeConcept"), "purpose"),
            Map.entry(Iris.term("stakeKind"), "stake"), Map.entry(Iris.term("kinship"), "kinship"));

    private final Schema schema;
    private final Origins origins;
    private final Graph out = GraphFactory.createDefaultGraph();

    private GraphBuilder(Schema schema, Origins origins) {
        this.schema = schema;
        this.origins = origins;
    }

    /** The whole graph in memory; for small projects and tests. A build writes one part at a time. */
    public static Built build(Curation curation, Graph ontology, Schema schema) {
        DatasetGraph quads = DatasetGraphFactory.create();
        Origins origins = new Origins();
        ontology.find().forEach(t -> quads.add(Quad.create(Iris.ONTOLOGY_GRAPH, t)));
        entities(curation.entities(), schema, origins).find().forEach(t -> quads.add(Quad.create(Iris.ENTITIES_GRAPH, t)));
        for (Article a : curation.articles()) {
            Node g = Iris.article(a.id());
            article(a, schema, origins).find().forEach(t -> quads.add(Quad.create(g, t)));
        }
        return new Built(quads, origins);
    }

    /** The triples of the entities graph ({@link Iris#ENTITIES_GRAPH}); where each entity came from goes to {@code origins}. */
    public static Graph entities(List<Entity> entities, Schema schema, Origins origins) {
        GraphBuilder builder = new GraphBuilder(schema, origins);
        entities.forEach(builder::entity);
        return builder.out;
    }

    /** The triples of an article's named graph ({@link Iris#article}); where each node came from goes to {@code origins}. */
    public static Graph article(Article article, Schema schema, Origins origins) {
        GraphBuilder builder = new GraphBuilder(schema, origins);
        builder.article(article);
        return builder.out;
    }

    private void entity(Entity e) {
        Node s = Iris.entity(e.id());
        origins.put(s, new Origins.Origin("entity '" + e.id() + "'", e.at(), Map.of()));
        add(s, RDF.type.asNode(), Iris.term(e.type()));
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelEn(), "en"));
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.labelIt(), "it"));
        e.aliases().forEach(a -> add(s, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralString(a)));
    }

    private void article(Article a) {
        Node g = Iris.article(a.id());
        origins.put(g, new Origins.Origin("article '" + a.id() + "'", SourceLocation.startOf(a.mappingFile()), Map.of()));
        add(g, RDF.type.asNode(), Vocab.ARTICLE);
        add(g, Vocab.DCT_TITLE, NodeFactory.createLiteralLang(a.title(), a.language()));
        add(g, Vocab.DCT_LANGUAGE, NodeFactory.createLiteralString(a.language()));
        add(g, Vocab.SOURCE_FILE, NodeFactory.createLiteralString(a.sourceFile()));
        add(g, Vocab.SHA256, NodeFactory.createLiteralString(a.sha256()));
        source(g, a.source());
        for (Fact f : a.facts()) {
            claim(g, a, f);
        }
    }

    private void source(Node g, ArticleSource source) {
        if (source.url() != null) {
            add(g, Vocab.SCHEMA_URL, NodeFactory.createLiteralDT(source.url(), XSDDatatype.XSDanyURI));
        }
        if (source.publisher() != null) {
            add(g, Vocab.DCT_PUBLISHER, Iris.entity(source.publisher().value()));
        }
        if (source.published() != null) {
            add(g, Vocab.DCT_ISSUED, instant(source.published()));
            add(g, Vocab.ISSUED_PRECISION, precision(source.published()));
            add(g, Vocab.ISSUED_INFERRED, NodeFactory.createLiteralDT(Boolean.toString(source.publishedInferred()), XSDDatatype.XSDboolean));
        }
        source.authors().forEach(author -> add(g, Vocab.SCHEMA_AUTHOR, NodeFactory.createLiteralString(author)));
        if (source.retrieved() != null) {
            add(g, Vocab.RETRIEVED, instant(source.retrieved()));
        }
    }

    private void claim(Node g, Article a, Fact f) {
        Schema.Relation relation = schema.relations().get(f.relation());
        Node claim = Iris.claim(a.id(), f.id());
        Node subject = Iris.entity(f.subject());
        Node property = Iris.term(relation.name());
        Qualifiers q = f.qualifiers();
        Map<Node, SourceLocation> fields = new HashMap<>();
        FIELDS.forEach((p, field) -> fields.put(p, f.at(field)));
        String what = "fact '" + f.id() + "'";
        origins.put(claim, new Origins.Origin(what, f.at(), fields));
        add(claim, RDF.type.asNode(), Iris.term(relation.claimClass()));
        add(claim, Vocab.RELATION, property);
        add(claim, Vocab.SUBJECT, subject);
        add(claim, Vocab.STATED_IN, g);
        f.evidence().forEach(quote -> add(claim, Vocab.EVIDENCE, NodeFactory.createLiteralLang(quote.value(), a.language())));
        add(claim, Vocab.STATUS, status(q.status()));
        if (relation.linksEntities()) {
            Node object = Iris.entity(f.object());
            add(claim, Vocab.OBJECT, object);
            add(subject, property, object);
        } else {
            add(subject, property, decimal((q.amount() != null ? q.amount() : q.count()).value()));
        }
        if (q.amount() != null) {
            amount(claim, Vocab.AMOUNT, "amount", q.amount());
            origins.put(Iris.claimPart(claim, "amount"), new Origins.Origin(what, f.at("amount"), Map.of()));
        }
        if (q.valuation() != null) {
            amount(claim, Vocab.IMPLIED_VALUATION, "valuation", q.valuation());
            origins.put(Iris.claimPart(claim, "valuation"), new Origins.Origin(what, f.at("valuation"), Map.of()));
        }
        if (q.count() != null) {
            amount(claim, Vocab.COUNT, "count", q.count());
            origins.put(Iris.claimPart(claim, "count"), new Origins.Origin(what, f.at("count"), Map.of()));
        }
        if (q.duration() != null) {
            amount(claim, Vocab.DURATION, "duration", q.duration());
            origins.put(Iris.claimPart(claim, "duration"), new Origins.Origin(what, f.at("duration"), Map.of()));
        }
        if (q.stakePercent() != null) {
            add(claim, Vocab.STAKE, decimal(q.stakePercent()));
        }
        if (q.date() != null) {
            add(claim, Vocab.DATE, instant(q.date()));
            add(claim, Vocab.DATE_PRECISION, precision(q.date()));
            if (q.date().hedge() != null) {
                add(claim, Vocab.DATE_HEDGE, Iris.term(HEDGE_NAMES.get(q.date().hedge())));
            }
            if (q.date().asWritten() != null) {
                add(claim, Vocab.DATE_AS_WRITTEN, NodeFactory.createLiteralString(q.date().asWritten()));
            }
        }
        if (q.role() != null) {
            add(claim, Vocab.ROLE, NodeFactory.createLiteralLang(q.role(), a.language()));
        }
        if (q.interim() != null) {
            add(claim, Vocab.INTERIM, NodeFactory.createLiteralDT(q.interim().toString(), XSDDatatype.XSDboolean));
        }
        if (q.purpose() != null) {
            add(claim, Vocab.PURPOSE, NodeFactory.createLiteralLang(q.purpose(), a.language()));
        }
        q.attributedTo().forEach(source -> add(claim, Vocab.ATTRIBUTED_TO, Iris.entity(source)));
        q.platforms().forEach(platform -> add(claim, Vocab.ON_PLATFORM, Iris.entity(platform.value())));
        q.includes().forEach(included -> add(claim, Vocab.INCLUDES, Iris.claim(a.id(), included.value())));
        q.concepts().forEach((key, labels) -> {
            Schema.ConceptQualifier qualifier = schema.conceptQualifiers().get(key);
            labels.forEach(label -> add(claim, Iris.term(qualifier.property()),
                    Iris.term(schema.concept(qualifier.scheme(), label.value()).orElseThrow().name())));
        });
    }

    /** A sum of money (a kg:MonetaryAmount with its currency) or a count or duration (a kg:Quantity with its unit). */
    private void amount(Node claim, Node property, String part, Amount amount) {
        Node node = Iris.claimPart(claim, part);
        add(claim, property, node);
        add(node, RDF.type.asNode(), amount.isMoney() ? Vocab.MONETARY_AMOUNT : Vocab.QUANTITY);
        add(node, RDFS.label.asNode(), NodeFactory.createLiteralString(amount.text()));
        add(node, Vocab.VALUE, decimal(amount.value()));
        if (amount.upper() != null) {
            add(node, Vocab.UPPER_VALUE, decimal(amount.upper()));
        }
        add(node, amount.isMoney() ? Vocab.CURRENCY : Vocab.UNIT, NodeFactory.createLiteralString(amount.unit()));
        add(node, Vocab.BOUND, bound(amount.bound()));
    }

    private static final Map<Bound, String> BOUND_NAMES = Map.of(
            Bound.EXACT, "Exact", Bound.AT_LEAST, "AtLeast", Bound.AT_MOST, "AtMost",
            Bound.APPROXIMATELY, "Approximately", Bound.RANGE, "Range");

    private static final Map<FactDate.Hedge, String> HEDGE_NAMES = Map.of(
            FactDate.Hedge.EARLY, "Early", FactDate.Hedge.MID, "Mid", FactDate.Hedge.LATE, "Late", FactDate.Hedge.ABOUT, "About");

    private static Node instant(FactDate date) {
        return NodeFactory.createLiteralDT(date.firstInstant(), XSDDatatype.XSDdateTime);
    }

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

    /** xsd:gYear and xsd:date are outside OWL 2's datatypes, so a date is an instant plus its precision. */
    private static Node precision(FactDate date) {
        return switch (date.precision()) {
            case YEAR -> Vocab.YEAR_PRECISION;
            case MONTH -> Vocab.MONTH_PRECISION;
            case DAY -> Vocab.DAY_PRECISION;
        };
    }

    private void add(Node s, Node p, Node o) {
        out.add(s, p, o);
    }
}
