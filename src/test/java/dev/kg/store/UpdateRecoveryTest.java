package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a build that changes the store where it is can die in, made with real TDB2 stores: the next open
 * finishes or undoes the record, and the store then passes {@code kg check} and holds the old graph or the new.
 */
class UpdateRecoveryTest {
    private static final String MAPPING = "seeds/002_cf741e01a53c0ac0.yaml";
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/kg/id/article/002_cf741e01a53c0ac0");

    private Path project;
    private Path store;
    private Path changed;
    private String before;
    private String after;

    @BeforeEach
    void twoBuilds(@TempDir Path dir) throws IOException {
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        before = Kg.nquads(project, store);
        // The same change, made whole by a build into a copy: its record and graph are what a killed build was writing.
        changed = dir.resolve("changed");
        TestProjects.copyTree(store, changed);
        Path mapping = project.resolve(MAPPING);
        Files.writeString(mapping, Files.readString(mapping).replace("amount: over 10 billion USD", "amount: over 11 billion USD"));
        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", changed.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("incremental: 1 changed, 0 added, 0 removed", run.err().lines().findFirst().orElseThrow());
        after = Kg.nquads(project, changed);
        assertFalse(before.equals(after));
    }

    private Path generation() {
        return TdbStorage.newestGeneration(store).orElseThrow();
    }

    private StoreManifest manifest() {
        return StoreManifest.readFrom(generation()).orElseThrow();
    }

    /** Writes the changed store's record beside its place in the store, as the killed build did before it committed. */
    private void writeNewRecord(long extraTriples) throws IOException {
        Path g = TdbStorage.newestGeneration(changed).orElseThrow();
        BuildInputsFile.Contents c = BuildInputsFile.read(g).orElseThrow();
        java.util.Map<String, Long> graphs = new java.util.TreeMap<>(StoreManifest.graphsIn(g).orElseThrow());
        graphs.merge(GRAPH.getURI(), extraTriples, Long::sum);
        StoreManifest.writeRecord(generation(), graphs, c.inputs(), c.baseline());
    }

    /** Commits the change to the store's data as the killed build did: graph 002 replaced by the changed store's. */
    private void commitTheChange() {
        DatasetGraph from = DatabaseMgr.connectDatasetGraph(changed.toString());
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(from, () -> from.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add));
        TdbStorage.release(from);
        DatasetGraph to = DatabaseMgr.connectDatasetGraph(store.toString());
        to.begin(TxnType.WRITE);
        to.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        quads.forEach(to::add);
        to.commit();
        to.end();
        TdbStorage.release(to);
    }

    private void assertChecksAndHolds(String graph) {
        Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals(graph, Kg.nquads(project, store));
        assertFalse(UpdateIntent.existsIn(generation()));
    }

    @Test
    void killedBeforeTheChecksPassedTheOldGraphIsKept() throws IOException {
        new UpdateIntent(manifest(), false).writeInto(generation());
        assertChecksAndHolds(before);
    }

    @Test
    void killedAfterTheChecksPassedButBeforeTheCommitTheOldGraphIsKept() throws IOException {
        writeNewRecord(0);
        new UpdateIntent(manifest(), true).writeInto(generation());
        // What TDB2 appended before the kill, past the data, is not part of either graph.
        Path dat = generation().resolve("GSPO.dat");
        long end = FileDigest.of(dat).checked();
        try (var channel = java.nio.channels.FileChannel.open(dat, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {7, 7, 7}), end + 100);
        }
        assertChecksAndHolds(before);
    }

    @Test
    void killedAfterTheCommitTheNewGraphIsRecorded() throws IOException {
        writeNewRecord(0);
        new UpdateIntent(manifest(), true).writeInto(generation());
        commitTheChange();
        assertChecksAndHolds(after);
        // The next build sees the mapping file as built, and changes nothing.
        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("nothing changed", run.err().lines().findFirst().orElseThrow().replaceAll(":.*", ""));
    }

    @Test
    void killedWhileTheRecordWasRenamedTheNewGraphIsRecorded() throws IOException {
        StoreManifest before = manifest();
        writeNewRecord(0);
        new UpdateIntent(before, true).writeInto(generation());
        commitTheChange();
        StoreManifest.seal(generation(), before.generation(), StoreManifest.digestData(generation(), before));
        assertChecksAndHolds(after);
    }

    @Test
    void aChangeCommittedBeforeItsChecksPassedIsDamage() throws IOException {
        new UpdateIntent(manifest(), false).writeInto(generation());
        commitTheChange();
        KgException e = assertThrows(KgException.class, () -> GraphStore.openExisting(store).close());
        assertEquals(ErrorCode.STORE_DAMAGED, e.code());
        assertEquals(store + ": the store is damaged (a build changed the store's data before its checks had passed,"
                + " and did not finish) — run 'kg build' to rebuild it", e.getMessage());
    }

    @Test
    void aGraphThatDoesNotHoldTheRecordedTriplesIsDamage() throws IOException {
        writeNewRecord(1);
        new UpdateIntent(manifest(), true).writeInto(generation());
        commitTheChange();
        KgException e = assertThrows(KgException.class, () -> GraphStore.openExisting(store).close());
        assertEquals(ErrorCode.STORE_DAMAGED, e.code());
        long wrote = StoreManifest.graphsIn(TdbStorage.newestGeneration(changed).orElseThrow()).orElseThrow().get(GRAPH.getURI()) + 1;
        assertEquals(store + ": the store is damaged (graph <" + GRAPH.getURI() + "> holds " + (wrote - 1)
                + " triples; the build wrote " + wrote + ") — run 'kg build' to rebuild it", e.getMessage());
        // A build replaces it.
        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("full build: the store is damaged", run.err().lines().findFirst().orElseThrow());
        assertEquals(after, Kg.nquads(project, store));
    }
}
