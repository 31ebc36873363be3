package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.jena.PackedLoad;
import dev.kg.rdf.Prefixes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store's quad indexes, written whole from sorted runs: each holds every quad once, and finds what memory finds;
 * so does a store that Jena's own loader wrote ({@link Loader#PLAIN}).
 */
class PackedIndexesTest {
    private static final String DATA = """
            <g:1> { <s:a> <p:x> <o:1> . <s:a> <p:x> <o:2> . <s:a> <p:y> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
                    <s:b> <p:x> <o:1> . <s:b> <p:z> "b"@it . <s:c> <p:y> <s:a> . }
            <g:2> { <s:a> <p:x> <o:1> . <s:c> <p:x> <o:3> . <s:d> <p:z> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
                    <s:c> <p:y> <s:b> . <o:3> <p:x> <s:c> . }
            <g:3> { <s:b> <p:y> <o:2> . <s:d> <p:x> <o:1> . <s:a> <p:z> "2025-06-12"^^<http://www.w3.org/2001/XMLSchema#date> . }
            """;

    private static DatasetGraph expected() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(data);
        return data;
    }

    @Test
    void eachIndexHoldsEveryQuadOnceWhateverTheRunSize(@TempDir Path dir) throws Exception {
        DatasetGraph source = expected();
        List<Quad> quads = new ArrayList<>(Txn.calculateRead(source, () -> source.stream().toList()));
        // Loaded twice, so that equal quads fall in different runs and within one.
        quads.addAll(quads.subList(0, 5));
        for (int run : new int[] {3, 7, 1 << 10}) {
            Path store = dir.resolve("run-" + run);
            try (PackedLoad load = PackedLoad.start(store)) {
                PackedIndexes packed = new PackedIndexes(load, store, run);
                for (Quad q : quads) {
                    packed.add(load.id(q.getGraph()), load.id(q.getSubject()), load.id(q.getPredicate()), load.id(q.getObject()));
                }
                load.commitNodes(PrefixMapping.Factory.create());
                packed.build(2);
                packed.close();
            }

            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
            TupleTable tuples = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getTupleTable();
            Txn.executeRead(dataset, () -> {
                TupleIndex primary = tuples.getIndex(0);
                List<String> all = tuplesOf(primary.all());
                assertEquals(14, all.size());
                for (TupleIndex index : tuples.getIndexes()) {
                    List<String> held = tuplesOf(index.all());
                    assertEquals(new TreeSet<>(all), new TreeSet<>(held), index.getName());
                    assertEquals(14, held.size(), index.getName());
                }
            });
            try (Stream<Path> left = Files.list(store)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".ids")).toList());
            }
            TDBInternal.expel(dataset);
            assertFindsLikeMemory(DatabaseMgr.connectDatasetGraph(store.toString()));
        }
    }

    @ParameterizedTest
    @EnumSource(Loader.class)
    void aReplacedGraphAnswersEveryPatternAsTheSameQuadsInMemoryDo(Loader loader, @TempDir Path dir) {
        Path store = dir.resolve("store");
        DatasetGraph source = expected();
        GraphStore.replace(store, loader, out -> Txn.executeRead(source, () -> source.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            source.getGraph(g).find().forEachRemaining(copy::add);
            out.add(g, copy);
        })), () -> Txn.calculateRead(source, () -> {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            source.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) source.getGraph(g).size()));
            return counts;
        }));
        try (GraphStore opened = GraphStore.openExisting(store)) {
            // The prefixes are written in the loading transaction, before the indexes.
            assertEquals(Prefixes.STANDARD.getNsPrefixMap(), Txn.calculateRead(opened.dataset(),
                    () -> Prefixes.STANDARD.getNsPrefixMap().keySet().stream().collect(Collectors.toMap(k -> k, opened.dataset().prefixes()::get))));
            assertFindsLikeMemory(opened.dataset());
        }
    }

    /** Every pattern of bound and unbound terms (sixteen shapes) over every quad finds what memory finds. */
    private static void assertFindsLikeMemory(DatasetGraph tdb) {
        DatasetGraph memory = expected();
        List<Quad> quads = Txn.calculateRead(memory, () -> memory.stream().toList());
        Txn.executeRead(tdb, () -> Txn.executeRead(memory, () -> {
            for (Quad q : quads) {
                for (int mask = 0; mask < 16; mask++) {
                    Node g = (mask & 8) != 0 ? q.getGraph() : Node.ANY;
                    Node s = (mask & 4) != 0 ? q.getSubject() : Node.ANY;
                    Node p = (mask & 2) != 0 ? q.getPredicate() : Node.ANY;
                    Node o = (mask & 1) != 0 ? q.getObject() : Node.ANY;
                    assertEquals(sorted(memory.find(g, s, p, o)), sorted(tdb.find(g, s, p, o)), "pattern " + g + " " + s + " " + p + " " + o);
                }
            }
            assertEquals(List.of(), sorted(tdb.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createURI("o:9"))));
        }));
        TDBInternal.expel(tdb);
    }

    private static List<String> sorted(Iterator<Quad> found) {
        List<String> all = new ArrayList<>();
        found.forEachRemaining(q -> all.add(q.toString()));
        all.sort(Comparator.naturalOrder());
        return all;
    }

    private static List<String> tuplesOf(Iterator<Tuple<NodeId>> it) {
        List<String> all = new ArrayList<>();
        it.forEachRemaining(t -> all.add(t.toString()));
        return all;
    }
}
