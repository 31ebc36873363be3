package dev.kg.export;

import dev.kg.rdf.Iris;
import dev.kg.rdf.Prefixes;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle laid out for a person: the fixed prefixes plus one per article's claims ({@code c000:} for the
 * claims of article {@code 000_…}), each subject on its own line with its predicates indented by four
 * spaces whatever its length, {@code a} for {@code rdf:type} (first), one predicate's objects joined with
 * commas, and the parts of a claim (its amount, its valuation) right after the claim. Sorted, so the same
 * triples always give the same bytes.
 */
final class TurtleLayout {
    private static final String INDENT = "    ";
    /** A predicate line longer than this puts each object on its own line. */
    private static final int LINE = 100;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_\\-./]*[A-Za-z0-9_\\-/])?");
    private static final Pattern PREFIX_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
    private static final Comparator<Node> PREDICATE_ORDER = Comparator
            .comparing((Node p) -> !p.equals(RDF.type.asNode())).thenComparing(NodeFmtLib::strNT);
    /** IRIs segment by segment, so that {@code …/claim/amount} follows {@code …/claim} and precedes {@code …/claim-2}. */
    private static final Comparator<Node> SUBJECT_ORDER = Comparator
            .comparing((Node n) -> !n.isURI())
            .thenComparing((a, b) -> a.isURI() && b.isURI()
                    ? Arrays.compare(a.getURI().split("/", -1), b.getURI().split("/", -1))
                    : NodeFmtLib.strNT(a).compareTo(NodeFmtLib.strNT(b)));

    private TurtleLayout() {
    }

    static void write(List<Triple> triples, OutputStream out) {
        Map<String, String> prefixes = new TreeMap<>(Prefixes.STANDARD.getNsPrefixMap());
        prefixes.putAll(claimPrefixes(triples));
        PrefixMap prefixMap = PrefixMapFactory.create(prefixes);
        Map<Node, Map<Node, TreeSet<String>>> bySubject = new TreeMap<>(SUBJECT_ORDER);
        for (Triple t : triples) {
            bySubject.computeIfAbsent(t.getSubject(), s -> new TreeMap<>(PREDICATE_ORDER))
                    .computeIfAbsent(t.getPredicate(), p -> new TreeSet<>())
                    .add(term(t.getObject(), prefixes, prefixMap));
        }
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        prefixes.forEach((name, namespace) -> p.print("PREFIX " + name + ": <" + namespace + ">\n"));
        bySubject.forEach((subject, predicates) -> {
            p.print("\n" + term(subject, prefixes, prefixMap) + "\n");
            List<String> lines = new ArrayList<>();
            predicates.forEach((predicate, objects) -> {
                String verb = predicate.equals(RDF.type.asNode()) ? "a" : term(predicate, prefixes, prefixMap);
                String oneLine = INDENT + verb + " " + String.join(", ", objects);
                lines.add(oneLine.length() <= LINE || objects.size() == 1 ? oneLine
                        : INDENT + verb + "\n" + INDENT + INDENT + String.join(",\n" + INDENT + INDENT, objects));
            });
            p.print(String.join(" ;\n", lines) + " .\n");
        });
        p.flush();
    }

    /** One prefix per article whose claims the triples name: {@code c000} for article {@code 000_…}, or the whole id when that is not unique. */
    static Map<String, String> claimPrefixes(List<Triple> triples) {
        TreeSet<String> articles = new TreeSet<>();
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Iris.CLAIM_NS)) {
                    String rest = n.getURI().substring(Iris.CLAIM_NS.length());
                    if (rest.indexOf('/') > 0) {
                        articles.add(rest.substring(0, rest.indexOf('/')));
                    }
                }
            }
        }
        Map<String, Long> shortNames = new TreeMap<>();
        articles.forEach(a -> shortNames.merge(shortName(a), 1L, Long::sum));
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String article : articles) {
            String name = shortNames.get(shortName(article)) == 1 ? shortName(article) : "c" + article;
            if (PREFIX_NAME.matcher(name).matches() && !Prefixes.STANDARD.getNsPrefixMap().containsKey(name)) {
                prefixes.put(name, Iris.CLAIM_NS + article + "/");
            }
        }
        return prefixes;
    }

    private static String shortName(String article) {
        int cut = article.indexOf('_');
        return "c" + (cut > 0 ? article.substring(0, cut) : article);
    }

    /** An IRI as prefix:local when a prefix fits (a '/' in the local part escaped), else as Jena writes the term. */
    private static String term(Node node, Map<String, String> prefixes, PrefixMap prefixMap) {
        if (node.isURI()) {
            String iri = node.getURI();
            String best = null;
            for (Map.Entry<String, String> e : prefixes.entrySet()) {
                if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > prefixes.get(best).length())) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                String local = iri.substring(prefixes.get(best).length());
                if (local.isEmpty() || LOCAL.matcher(local).matches()) {
                    return best + ":" + local.replace("/", "\\/");
                }
            }
            return NodeFmtLib.strNT(node);
        }
        return NodeFmtLib.str(node, prefixMap);
    }
}
