package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made where the graph is, through {@link GraphStore#update}, that fail or meet another build: the store
 * then opens, passes {@code kg check} and holds the old graph or the new one, and later changes still work.
 */
class InPlaceUpdateTest {
    private static final Node EXTRA = NodeFactory.createURI("https://w3id.org/kg/id/article/extra");

    private Path project;
    private Path store;

    @BeforeEach
    void built(@TempDir Path dir) {
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
    }

    /** A graph of {@code n} triples. */
    private static Graph triples(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("https://example.org/s" + i), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("value " + i));
        }
        return g;
    }

    /** The store's record with the graph EXTRA holding {@code n} triples. */
    private BuiltGraph withExtra(PreviousBuild previous, int n) {
        Map<String, Long> graphs = new TreeMap<>(StoreManifest.graphsIn(TdbStorage.newestGeneration(store).orElseThrow()).orElseThrow());
        graphs.put(EXTRA.getURI(), (long) n);
        return new BuiltGraph(graphs, previous.inputs().orElseThrow());
    }

    /** Each file of the store's newest generation, with its size and modification time. */
    private Map<String, Long> files() {
        Map<String, Long> files = new TreeMap<>();
        try (var list = Files.list(TdbStorage.newestGeneration(store).orElseThrow())) {
            for (Path p : list.toList()) {
                files.put(p.getFileName() + " " + Files.size(p), Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private void assertChecks() {
        Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, check.exit(), check.err());
    }

    private long extraTriples() {
        try (GraphStore g = GraphStore.openExisting(store)) {
            return g.read(() -> (long) g.dataset().getGraph(EXTRA).size());
        }
    }

    @Test
    void aChangeWhoseChecksFailLeavesTheOldGraphAndTheNextChangeCommits() {
        PreviousBuild previous = GraphStore.previous(store).orElseThrow();
        // The graph is held until the checks pass, so the store's files are as they were.
        Map<String, Long> files = files();
        RuntimeException failed = assertThrows(RuntimeException.class, () -> GraphStore.update(store, previous, List.of(),
                out -> out.add(EXTRA, triples(20_000)), () -> {
                    throw new IllegalStateException("the checks failed");
                }));
        assertEquals("the checks failed", failed.getMessage());
        assertEquals(files, files());
        assertChecks();
        assertEquals(0, extraTriples());

        PreviousBuild now = GraphStore.previous(store).orElseThrow();
        GraphStore.update(store, now, List.of(), out -> out.add(EXTRA, triples(300)), () -> withExtra(now, 300));
        assertChecks();
        assertEquals(300, extraTriples());
    }

    @Test
    void aChangeThatMeetsAFullBuildStopsAndLeavesTheFullBuildsGraph() {
        PreviousBuild previous = GraphStore.previous(store).orElseThrow();
        KgException busy = assertThrows(KgException.class, () -> GraphStore.update(store, previous, List.of(), out -> {
            // Another build replaces the graph after this one checked the store, before its first write.
            assertEquals(0, Kg.run("build", "--full", "--project", project.toString(), "--store", store.toString()).exit());
            out.add(EXTRA, triples(10));
        }, () -> withExtra(previous, 10)));
        assertEquals(ErrorCode.STORE_BUSY, busy.code());
        assertEquals("Data-0002", TdbStorage.newestGeneration(store).orElseThrow().getFileName().toString());
        assertChecks();
        assertEquals(0, extraTriples());
    }

    @Test
    void aChangeThatFailsAfterItsCommitIsFinishedByTheNextOpen() throws IOException {
        PreviousBuild previous = GraphStore.previous(store).orElseThrow();
        Path generation = TdbStorage.newestGeneration(store).orElseThrow();
        // The manifest cannot be written beside its place: a folder stands there, as a full disk would stop it.
        Path blocked = StoreManifest.next(generation, StoreManifest.FILE_NAME);
        assertThrows(KgException.class, () -> GraphStore.update(store, previous, List.of(), out -> {
            try {
                Files.createDirectories(blocked.resolve("x"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.add(EXTRA, triples(50));
        }, () -> withExtra(previous, 50)));
        assertTrue(UpdateIntent.existsIn(generation), "the committed change is left for the next open");
        Files.delete(blocked.resolve("x"));
        Files.delete(blocked);
        assertChecks();
        assertEquals(50, extraTriples());
    }
}
