package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

/** {@code kg push} against a real Fuseki: stale graphs listed, pruned with --prune (kg's only), and the union checked. */
class PushPruneTest {
    private static final Node GONE = NodeFactory.createURI("https://w3id.org/kg/id/article/999_gone");
    private static final Node FOREIGN = NodeFactory.createURI("http://example.org/someone-elses-graph");
    private static final String NOT_UNION = "note: the server's default graph does not show the named graphs, so the saved"
            + " queries answer nothing there — for Fuseki, set tdb2:unionDefaultGraph true on the dataset (or query with GRAPH);"
            + " Virtuoso and GraphDB answer over all graphs by default\n";

    @Test
    void staleGraphsAreListedThenPrunedAndOtherGraphsAreNeverTouched() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(remote, () -> {
            Node s = NodeFactory.createURI("http://example.org/s");
            remote.add(Quad.create(GONE, s, s, s));
            remote.add(Quad.create(FOREIGN, s, s, s));
        });
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", remote, true).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/kg";
            Kg.Run listed = SeedStore.kg("push", url);
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.err().endsWith("the triple count of each graph there matches\n"
                    + "stale: 1 graph on the server that the store no longer has (kg push --prune deletes it):\n"
                    + "  art:999_gone\n" + NOT_UNION), listed.err());
            Txn.executeRead(remote, () -> assertTrue(remote.containsGraph(GONE)));

            Kg.Run pruned = SeedStore.kg("push", url, "--prune");
            assertEquals(0, pruned.exit(), pruned.err());
            assertTrue(pruned.err().endsWith("the triple count of each graph there matches\n"
                    + "pruned 1 graph that the store no longer has:\n  art:999_gone\n" + NOT_UNION), pruned.err());
            Txn.executeRead(remote, () -> {
                assertFalse(remote.containsGraph(GONE));
                assertTrue(remote.containsGraph(FOREIGN), "a graph outside kg's namespaces is never deleted");
                assertTrue(remote.containsGraph(NodeFactory.createURI("https://w3id.org/kg/graph/entities")));
            });

            Kg.Run again = SeedStore.kg("push", url, "--prune");
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.err().endsWith("the triple count of each graph there matches\n" + NOT_UNION), again.err());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aServerThatQueriesTheUnionIsSaidToAnswerTheSavedQueries() {
        DatasetGraph remote = DatabaseMgr.createDatasetGraph(); // TDB2 in memory, as a Fuseki with unionDefaultGraph
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", remote, true).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/kg";
            Kg.Run run = SeedStore.kg("push", url);
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().endsWith("the triple count of each graph there matches\n"
                    + "the server's default graph is the union of its named graphs: the saved queries answer there\n"), run.err());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void pruneNeedsAQueryEndpoint() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", remote, true).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/kg";
            String nowhere = "http://localhost:" + fuseki.getHttpPort() + "/no-such-endpoint";
            Kg.Run noted = SeedStore.kg("push", url, "--sparql", nowhere, "--retries", "0");
            assertEquals(0, noted.exit(), noted.err());
            assertTrue(noted.err().contains("\nnote: could not ask the server which graphs it holds ("), noted.err());
            Kg.Run refused = SeedStore.kg("push", url, "--sparql", nowhere, "--retries", "0", "--prune");
            assertEquals(69, refused.exit(), refused.err());
            assertTrue(refused.err().contains("[push-failed]"), refused.err());
        } finally {
            fuseki.stop();
        }
    }
}
