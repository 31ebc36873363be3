package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg push} to a real Virtuoso 7 on loopback, through its digest-authenticated Graph Store Protocol
 * endpoint, checked through its SPARQL endpoint; skipped where virtuoso-t is not installed.
 */
@Tag("slow")
class VirtuosoPushTest {
    private static final String GONE = "https://w3id.org/kg/id/article/999_gone";
    private static final String FOREIGN = "http://example.org/someone-elses-graph";
    private static final String UNION = "the server's default graph is the union of its named graphs: the saved queries answer there\n";

    @Test
    void everyGraphLandsWithItsCountStaleGraphsArePrunedAndOthersKept(@TempDir Path dir) throws Exception {
        assumeTrue(VirtuosoServer.installed(), "Virtuoso 7 is not installed here (Debian: apt-get install"
                + " virtuoso-opensource-7-bin; .ci/run installs it)");
        try (VirtuosoServer virtuoso = VirtuosoServer.start(dir.resolve("virtuoso"))) {
            for (String graph : new String[] {GONE, FOREIGN}) {
                virtuoso.isql("SPARQL INSERT DATA { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> 1 } }");
            }
            Map<String, Long> local = localCounts();

            Kg.Run refused = push(dir, virtuoso, false, false);
            assertEquals(1, refused.exit(), refused.err());
            assertTrue(refused.err().endsWith("refused PUT https://w3id.org/kg/graph/entities (HTTP 401) — set KG_PUSH_USER"
                    + " and KG_PUSH_PASSWORD, or KG_PUSH_TOKEN, to credentials that may write (none were sent)"
                    + " [push-unauthorized]\n"), refused.err());

            Kg.Run listed = push(dir, virtuoso, true, false);
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.err().endsWith("pushed 7 graphs, 2647 triples to " + virtuoso.graphStore()
                    + "; the triple count of each graph there matches\n"
                    + "stale: 1 graph on the server that the store no longer has (kg push --prune deletes it):\n"
                    + "  art:999_gone\n" + UNION), listed.err());
            Map<String, Long> expected = new TreeMap<>(local);
            expected.put(GONE, 1L);
            expected.put(FOREIGN, 1L);
            assertEquals(expected, remoteCounts(virtuoso));

            Kg.Run pruned = push(dir, virtuoso, true, true);
            assertEquals(0, pruned.exit(), pruned.err());
            assertTrue(pruned.err().endsWith("the triple count of each graph there matches\n"
                    + "pruned 1 graph that the store no longer has:\n  art:999_gone\n" + UNION), pruned.err());
            expected.remove(GONE);
            assertEquals(expected, remoteCounts(virtuoso), "a graph outside kg's namespaces is never deleted");

            Kg.Run again = push(dir, virtuoso, true, true);
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.err().endsWith("the triple count of each graph there matches\n" + UNION), again.err());
            assertEquals(expected, remoteCounts(virtuoso), "a second push replaces the graphs");

            // As docs/sharing.md records them: Virtuoso keeps booleans as 1 and 0 and decimals without ".0";
            // disagreements stops its optimizer (SQ156), and government-contracts' rdf:type/rdfs:subClassOf*
            // beside the other patterns matches nothing there.
            assertEquals(new TreeMap<>(Map.ofEntries(
                    Map.entry("articles", "same values"),
                    Map.entry("customers", "same rows"),
                    Map.entry("defense-llama", "same rows"),
                    Map.entry("disagreements", "error: 500 - Server Error"),
                    Map.entry("entity-facts", "same rows"),
                    Map.entry("founders", "same rows"),
                    Map.entry("government-contracts", "differs: kg 4 rows, the server 0"),
                    Map.entry("investments", "same values"),
                    Map.entry("memberships", "same values"),
                    Map.entry("people-by-role", "same rows"),
                    Map.entry("planned-spending", "same values"),
                    Map.entry("purposes", "same rows"),
                    Map.entry("revenue", "same values"),
                    Map.entry("valuations", "same values, another order"))), VirtuosoAnswers.compare(virtuoso.sparql()));
        }
    }

    /** kg push as its own process, since the credentials come from its environment. */
    private static Kg.Run push(Path dir, VirtuosoServer virtuoso, boolean login, boolean prune) throws Exception {
        Path log = Files.createTempFile(dir, "push", ".log");
        ProcessBuilder pb = KgProcess.builder(log, prune
                ? new String[] {"push", virtuoso.graphStore(), "--sparql", virtuoso.sparql(), "--retries", "0", "--prune",
                    "--project", TestProjects.REPO.toString(), "--store", SeedStore.path()}
                : new String[] {"push", virtuoso.graphStore(), "--sparql", virtuoso.sparql(), "--retries", "0",
                    "--project", TestProjects.REPO.toString(), "--store", SeedStore.path()});
        pb.environment().remove("KG_PUSH_TOKEN");
        if (login) {
            pb.environment().put("KG_PUSH_USER", "dba");
            pb.environment().put("KG_PUSH_PASSWORD", "dba");
        } else {
            pb.environment().remove("KG_PUSH_USER");
            pb.environment().remove("KG_PUSH_PASSWORD");
        }
        int exit = pb.start().waitFor();
        return new Kg.Run(exit, "", Files.readString(log));
    }

    /** Each named graph of the seed store and its triple count, from kg's own export. */
    private static Map<String, Long> localCounts() {
        DatasetGraph local = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(Kg.nquads(TestProjects.REPO, Path.of(SeedStore.path())), Lang.NQUADS).parse(local);
        Map<String, Long> counts = new TreeMap<>();
        local.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) local.getGraph(g).size()));
        return counts;
    }

    /** The graphs Virtuoso holds outside its own system graphs, with their triple counts, as its SPARQL endpoint says. */
    private static Map<String, Long> remoteCounts(VirtuosoServer virtuoso) {
        Map<String, Long> counts = new TreeMap<>();
        String query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
                + " FILTER(STRSTARTS(STR(?g), \"https://w3id.org/kg/\") || STRSTARTS(STR(?g), \"http://example.org/\")) }"
                + " GROUP BY ?g";
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(virtuoso.sparql()).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        return counts;
    }
}
