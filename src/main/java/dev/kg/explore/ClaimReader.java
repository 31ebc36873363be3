package dev.kg.explore;

import dev.kg.rdf.Iris;
import dev.kg.rdf.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/** Reads claims back out of a built graph as {@link StatedFact}s. Call inside a read transaction. */
final class ClaimReader {
    private static final Node ROLE_CONCEPT = Iris.term("roleConcept");
    private static final Node PURPOSE_CONCEPT = Iris.term("purposeConcept");
    private static final Node STAKE_KIND = Iris.term("stakeKind");
    private static final Node KINSHIP = Iris.term("kinship");
    private static final Node TRAINING_MATERIAL = Iris.term("trainingMaterial");
    private final DatasetGraph dataset;

    ClaimReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Every claim whose subject or object is the entity. */
    List<StatedFact> about(Node entity) {
        List<StatedFact> facts = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.SUBJECT, entity).forEachRemaining(q -> facts.add(read(q.getGraph(), q.getSubject())));
        dataset.find(Node.ANY, Node.ANY, Vocab.OBJECT, entity).forEachRemaining(q -> facts.add(read(q.getGraph(), q.getSubject())));
        facts.sort(Comparator.comparing(StatedFact::article).thenComparing(StatedFact::claimIri));
        return facts;
    }

    /** Every claim that an article credits to the entity ("secondo Bloomberg"). */
    List<StatedFact> creditedTo(Node entity) {
        List<StatedFact> facts = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.ATTRIBUTED_TO, entity).forEachRemaining(q -> facts.add(read(q.getGraph(), q.getSubject())));
        facts.sort(Comparator.comparing(StatedFact::article).thenComparing(StatedFact::claimIri));
        return facts;
    }

    /**
     * Every claim that names the entity other than as its subject or object: credited to it ("secondo Bloomberg"),
     * or a qualifier's value ("on Facebook, Instagram and WhatsApp").
     */
    List<StatedFact> naming(Node entity) {
        List<StatedFact> facts = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Node.ANY, entity).forEachRemaining(q -> {
            boolean claim = dataset.contains(q.getGraph(), q.getSubject(), Vocab.RELATION, Node.ANY);
            if (claim && !q.getPredicate().equals(Vocab.SUBJECT) && !q.getPredicate().equals(Vocab.OBJECT)) {
                facts.add(read(q.getGraph(), q.getSubject()));
            }
        });
        return facts.stream().collect(java.util.stream.Collectors.toMap(StatedFact::claimIri, f -> f, (a, b) -> a,
                java.util.TreeMap::new)).values().stream()
                .sorted(Comparator.comparing(StatedFact::article).thenComparing(StatedFact::claimIri)).toList();
    }

    /** The articles the entity published. */
    List<String> published(Node entity) {
        List<String> articles = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.DCT_PUBLISHER, entity).forEachRemaining(q -> articles.add(Iris.articleId(q.getSubject().getURI())));
        return articles.stream().distinct().sorted().toList();
    }

    /** The claims stating that {@code subject} has {@code property} to {@code object}. */
    List<StatedFact> stating(Node subject, Node property, Node object) {
        List<StatedFact> facts = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.SUBJECT, subject).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node claim = q.getSubject();
            if (dataset.contains(g, claim, Vocab.RELATION, property) && dataset.contains(g, claim, Vocab.OBJECT, object)) {
                facts.add(read(g, claim));
            }
        });
        facts.sort(Comparator.comparing(StatedFact::article).thenComparing(StatedFact::claimIri));
        return facts;
    }

    private StatedFact read(Node g, Node claim) {
        Node relation = one(g, claim, Vocab.RELATION).orElseThrow();
        Node subject = one(g, claim, Vocab.SUBJECT).orElseThrow();
        Optional<Node> object = one(g, claim, Vocab.OBJECT);
        List<String> qualifiers = new ArrayList<>();
        one(g, claim, Vocab.AMOUNT).flatMap(a -> one(g, a, RDFS.label.asNode())).ifPresent(n -> qualifiers.add(n.getLiteralLexicalForm()));
        one(g, claim, Vocab.COUNT).flatMap(a -> one(g, a, RDFS.label.asNode())).ifPresent(n -> qualifiers.add(n.getLiteralLexicalForm()
                + labels(g, claim, Vocab.ON_PLATFORM).map(p -> " on " + p).orElse("")));
        one(g, claim, Vocab.DURATION).flatMap(a -> one(g, a, RDFS.label.asNode()))
                .ifPresent(n -> qualifiers.add("for " + n.getLiteralLexicalForm()));
        List<String> stake = new ArrayList<>();
        one(g, claim, Vocab.STAKE).ifPresent(n -> stake.add(n.getLiteralLexicalForm().replaceAll("\\.0$", "") + "%"));
        List<String> kinds = new ArrayList<>();
        dataset.find(g, claim, STAKE_KIND, Node.ANY).forEachRemaining(q -> kinds.add(label(q.getObject())));
        kinds.stream().sorted().forEach(stake::add);
        if (!stake.isEmpty()) {
            qualifiers.add("stake " + String.join(", ", stake));
        }
        one(g, claim, KINSHIP).ifPresent(n -> qualifiers.add(label(n)));
        List<String> materials = new ArrayList<>();
        dataset.find(g, claim, TRAINING_MATERIAL, Node.ANY).forEachRemaining(q -> materials.add(label(q.getObject())));
        if (!materials.isEmpty()) {
            qualifiers.add("on " + String.join(", ", materials.stream().sorted().toList()));
        }
        one(g, claim, Vocab.IMPLIED_VALUATION).flatMap(a -> one(g, a, RDFS.label.asNode()))
                .ifPresent(n -> qualifiers.add("valuation " + n.getLiteralLexicalForm()));
        one(g, claim, Vocab.ROLE).ifPresent(n -> qualifiers.add("role " + conceptAndWording(g, claim, ROLE_CONCEPT, n)));
        one(g, claim, Vocab.INTERIM).filter(n -> n.getLiteralLexicalForm().equals("true")).ifPresent(n -> qualifiers.add("interim"));
        one(g, claim, Vocab.DATE).ifPresent(n -> qualifiers.add(date(g, claim, n)));
        one(g, claim, Vocab.PURPOSE).ifPresent(n -> qualifiers.add("for " + conceptAndWording(g, claim, PURPOSE_CONCEPT, n)));
        List<String> included = new ArrayList<>();
        dataset.find(g, claim, Vocab.INCLUDES, Node.ANY).forEachRemaining(q -> included.add(q.getObject().getURI().replaceAll(".*/", "")));
        if (!included.isEmpty()) {
            qualifiers.add("includes " + String.join(", ", included.stream().sorted().toList()));
        }
        // "reported" is the default status: saying it on every line would hide the ones that matter.
        one(g, claim, Vocab.STATUS).filter(n -> !n.equals(Iris.term("Reported"))).ifPresent(n -> qualifiers.add(label(n)));
        List<String> sources = new ArrayList<>();
        dataset.find(g, claim, Vocab.ATTRIBUTED_TO, Node.ANY).forEachRemaining(q -> sources.add(label(q.getObject())));
        if (!sources.isEmpty()) {
            qualifiers.add("according to " + String.join(" and ", sources.stream().sorted().toList()));
        }
        List<String> evidence = new ArrayList<>();
        dataset.find(g, claim, Vocab.EVIDENCE, Node.ANY).forEachRemaining(q -> evidence.add(q.getObject().getLiteralLexicalForm()));
        evidence.sort(Comparator.naturalOrder());
        String article = Iris.articleId(g.getURI());
        return new StatedFact(claim.getURI(), label(relation), subject.getURI(), label(subject),
                object.map(Node::getURI).orElse(null), object.map(this::label).orElse(null),
                one(g, claim, Vocab.STATUS).map(this::label).orElse("reported"), qualifiers, article, evidence);
    }

    /** What the graph says of an article's origin. */
    EntityDescription.Source source(String articleId) {
        Node a = Iris.article(articleId);
        String title = one(a, a, Vocab.DCT_TITLE).map(Node::getLiteralLexicalForm).orElse(articleId);
        String publisher = one(a, a, Vocab.DCT_PUBLISHER).map(this::label).orElse(null);
        String published = one(a, a, Vocab.DCT_ISSUED).map(d -> dateAsWritten(d, one(a, a, Vocab.ISSUED_PRECISION).orElse(null)))
                .orElse(null);
        boolean inferred = one(a, a, Vocab.ISSUED_INFERRED).map(n -> n.getLiteralLexicalForm().equals("true")).orElse(false);
        String url = one(a, a, Vocab.SCHEMA_URL).map(Node::getLiteralLexicalForm).orElse(null);
        return new EntityDescription.Source(articleId, title, publisher, published, inferred, url);
    }

    /** The English label of a concept, then the article's wording in brackets when it says it otherwise. */
    private String conceptAndWording(Node g, Node claim, Node conceptProperty, Node wording) {
        String text = wording.getLiteralLexicalForm();
        return one(g, claim, conceptProperty).map(this::label)
                .map(concept -> concept.equalsIgnoreCase(text) ? concept : concept + " (" + text + ")").orElse(text);
    }

    /** The English labels of the objects of {@code property}, sorted and joined: "Facebook, Instagram and WhatsApp". */
    private Optional<String> labels(Node g, Node claim, Node property) {
        List<String> labels = new ArrayList<>();
        dataset.find(g, claim, property, Node.ANY).forEachRemaining(q -> labels.add(label(q.getObject())));
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        labels.sort(Comparator.naturalOrder());
        String last = labels.remove(labels.size() - 1);
        return Optional.of(labels.isEmpty() ? last : String.join(", ", labels) + " and " + last);
    }

    /** The date as precisely as the article gave it, hedged as it hedged it, with the curator's relative wording. */
    private String date(Node g, Node claim, Node date) {
        String text = dateAsWritten(date, one(g, claim, Vocab.DATE_PRECISION).orElse(null));
        String hedged = one(g, claim, Vocab.DATE_HEDGE).map(h -> label(h) + " " + text).orElse(text);
        return one(g, claim, Vocab.DATE_AS_WRITTEN).map(Node::getLiteralLexicalForm)
                .filter(w -> !w.equalsIgnoreCase(hedged)).map(w -> hedged + " (" + w + ")").orElse(hedged);
    }

    /** The English label of a term or entity, wherever it is stated; the IRI's last part when it has none. */
    String label(Node node) {
        String fallback = node.isURI() ? node.getURI().replaceAll(".*[/#]", "") : node.toString();
        String any = null;
        for (var it = dataset.find(Node.ANY, node, RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getObject().isLiteral() && q.getObject().getLiteralLanguage().equals("en")) {
                return q.getObject().getLiteralLexicalForm();
            }
            any = q.getObject().getLiteralLexicalForm();
        }
        return any != null ? any : fallback;
    }

    private Optional<Node> one(Node g, Node s, Node p) {
        var it = dataset.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** 2025, 2025-06 or 2025-06-12, as precisely as the article gave it. */
    private static String dateAsWritten(Node date, Node precision) {
        String lexical = date.getLiteralLexicalForm();
        if (Vocab.YEAR_PRECISION.equals(precision)) {
            return lexical.substring(0, 4);
        }
        return Vocab.MONTH_PRECISION.equals(precision) ? lexical.substring(0, 7) : lexical.substring(0, 10);
    }
}
