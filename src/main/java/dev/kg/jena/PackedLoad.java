package dev.kg.jena;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new TDB2 database loaded in two steps, as Jena's xloader loads one: first every node gets its id from the
 * node table, in one write transaction, while the quad indexes are detached; then each quad index (GSPO, GPOS,
 * SPOG, …) is written whole, bottom up, from its keys in sorted order, in a transaction on that index alone.
 * Sorting the keys is the caller's work. Public replacement: {@code LoaderFactory}'s loaders, which insert each
 * quad into every index (kg's {@code --loader plain}).
 */
public final class PackedLoad implements AutoCloseable {
    /** The ids of a quad: graph, subject, predicate, object. */
    public static final int QUAD = 4;

    private final DatasetGraph dataset;
    private final NodeTable nodes;
    private final TupleTable table;
    private final TupleIndexRecord[] indexes;
    private final byte[] id = new byte[NodeId.SIZE];
    private final ByteBuffer idValue = ByteBuffer.wrap(id);
    private boolean released;

    private PackedLoad(DatasetGraph dataset, NodeTable nodes, TupleTable table, TupleIndexRecord[] indexes) {
        this.dataset = dataset;
        this.nodes = nodes;
        this.table = table;
        this.indexes = indexes;
    }

    /** Starts loading a new database in {@code dir}, an empty folder. */
    public static PackedLoad start(Path dir) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            // One transaction from the first node to commitNodes(), across calls, so not Txn.executeWrite.
            dataset.begin(TxnType.WRITE);
            // Internal: the storage behind the public DatasetGraph; no public API reaches the node table.
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
            TupleTable table = quads.getTupleTable();
            if (table.getTupleLen() != QUAD || !table.isEmpty() || NodeId.SIZE != Long.BYTES) {
                throw new IllegalStateException(dir + ": not an empty TDB2 quad table with 8-byte node ids");
            }
            TupleIndexRecord[] indexes = new TupleIndexRecord[table.numIndexes()];
            for (int i = 0; i < indexes.length; i++) {
                if (!(table.getIndex(i) instanceof TupleIndexRecord index && index.getRangeIndex() instanceof BPlusTree)) {
                    throw new IllegalStateException("index " + table.getIndex(i).getName() + " is not a B+ tree");
                }
                indexes[i] = index;
            }
            // Detached, the indexes see no quad while the node table fills; they are written whole afterwards.
            for (int i = 0; i < indexes.length; i++) {
                table.setTupleIndex(i, null);
            }
            return new PackedLoad(dataset, quads.getNodeTable(), table, indexes);
        } catch (RuntimeException e) {
            if (dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
            TdbStorage.release(dataset);
            throw e;
        }
    }

    /**
     * The node's id, allocated when new, as the 8 bytes that index keys hold read as a big-endian long, so that
     * ids compare unsigned as their keys do. One loading thread only.
     */
    public long id(Node node) {
        NodeIdFactory.set(nodes.getAllocateNodeId(node), id, 0);
        return idValue.getLong(0);
    }

    /** How many quad indexes the database has. */
    public int indexes() {
        return indexes.length;
    }

    /** For each place of index {@code index}'s keys, which id of the quad goes there (0 = G, 1 = S, 2 = P, 3 = O). */
    public int[] order(int index) {
        TupleMap order = indexes[index].getMapping();
        int[] slots = new int[QUAD];
        for (int k = 0; k < QUAD; k++) {
            slots[k] = order.getSlotIdx(k);
        }
        return slots;
    }

    /** Commits the node table and {@code prefixes}; the indexes are attached again, still empty. */
    public void commitNodes(PrefixMapping prefixes) {
        for (int i = 0; i < indexes.length; i++) {
            table.setTupleIndex(i, indexes[i]);
        }
        prefixes.getNsPrefixMap().forEach(dataset.prefixes()::add);
        dataset.commit();
        dataset.end();
    }

    /**
     * Writes index {@code index} from {@code keys}: each the quad's four ids (8 bytes each, big-endian) in the
     * index's {@link #order}, sorted as unsigned bytes, each once. After {@link #commitNodes}; one thread per index.
     */
    public void writeIndex(int index, Iterator<byte[]> keys) {
        if (!keys.hasNext()) {
            return;
        }
        TupleIndexRecord tupleIndex = indexes[index];
        BPlusTree tree = (BPlusTree) tupleIndex.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Iterator<Record> records = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Record next() {
                return factory.create(keys.next());
            }
        };
        // Internal: a write transaction on one index (CoLib), and the B+ tree written bottom up from sorted
        // records (BPlusTreeRewriter), as the xloader's index phase does. No public API writes one index.
        CoLib.executeWrite(tupleIndex, () -> BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(), factory,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr()));
    }

    /** Ends the load: an unfinished transaction is aborted, and the database's files are let go of. */
    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            }
        } finally {
            TdbStorage.release(dataset);
        }
    }
}
