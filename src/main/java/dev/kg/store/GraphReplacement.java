package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new graph for a store, loaded beside it by TDB2's sequential bulk loader, then swapped in with one rename.
 * <p>
 * The sequential loader fills the node table and the primary index on the reading thread and builds the
 * other indexes at the end. The phased loader (tdb2.tdbloader's default) indexes on threads of its own, but
 * holds about 400 MB of tuples in flight: in a fixed 512 MB heap beside the build's own work it spent more
 * in garbage collection than it saved, and the build took more time and a third more memory.
 * <p>
 * TDB2 keeps a store's data in generations ({@code Data-0001}, {@code Data-0002}, …) and opens the newest;
 * its compaction moves a finished generation into place the same way. The new graph is loaded in a staging
 * folder next to the store, on the same file system, so that a build that fails or dies leaves the store
 * exactly as it was (and does not create it); the next build removes a dead build's staging folder.
 */
public final class GraphReplacement implements AutoCloseable {
    private static final String STAGING_INFIX = ".kg-staging-";
    private static final String STAGED_GENERATION = "Data-0001";

    private final Path store;
    private final String stagingPrefix;
    private final List<Path> created = new ArrayList<>();
    private Path staging;
    private DatasetGraph dataset;
    private DataLoader loader;
    private boolean moved;

    private GraphReplacement(Path store) {
        this.store = store;
        this.stagingPrefix = "." + store.getFileName() + STAGING_INFIX;
    }

    /** A new graph for the store folder {@code storeDir}, which need not exist yet. Nothing is written before the first triple. */
    static GraphReplacement of(Path storeDir) {
        return new GraphReplacement(storeDir.toAbsolutePath().normalize());
    }

    /** Adds every triple of {@code triples} to the named graph {@code graphName}. */
    public void add(Node graphName, Graph triples) {
        if (loader == null) {
            startLoading();
        }
        triples.find().forEachRemaining(t -> loader.stream().quad(Quad.create(graphName, t)));
    }

    private void startLoading() {
        Path parent = store.getParent();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            Files.createDirectories(parent);
            removeDeadStaging(parent, stagingPrefix);
            Path ours = parent.resolve(stagingPrefix + ProcessHandle.current().pid());
            deleteTree(ours);   // left by an earlier build in this process that could not clear up
            staging = Files.createDirectory(ours);
            created.add(staging);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, parent + ": cannot write next to the store ("
                    + e.getClass().getSimpleName() + ") — check the folder's permissions and free space", e);
        }
        dataset = DatabaseMgr.connectDatasetGraph(staging.toString());
        loader = LoaderFactory.sequentialLoader(dataset, MonitorOutputs.nullOutput());
        loader.startBulk();
    }

    /**
     * Finishes loading, then runs {@code verdict}, which may still be at work on other threads meanwhile (the
     * loader's exclusive lock must be released by the thread that took it, so the indexes are finished here).
     * When {@code verdict} throws, nothing is kept; otherwise the prefixes are set, ready to {@link #moveInto}.
     */
    void finish(PrefixMapping prefixes, Runnable verdict) {
        if (loader == null) {
            startLoading();
        }
        loader.finishBulk();
        loader = null;
        verdict.run();
        Txn.executeWrite(dataset, () -> prefixes.getNsPrefixMap().forEach(dataset.prefixes()::add));
        TDBInternal.expel(dataset);
        dataset = null;
    }

    /** Makes the new graph the newest generation of the store at {@code storeDir}, whose lock the caller holds. */
    void moveInto(Path storeDir) {
        Path current = DatabaseOps.findStorageLocation(storeDir);
        int generation = current == null ? 0 : Integer.parseInt(current.getFileName().toString().substring("Data-".length()));
        Path next = storeDir.resolve("Data-%04d".formatted(generation + 1));
        try {
            Files.move(staging.resolve(STAGED_GENERATION), next, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, storeDir + ": cannot move the new graph into place ("
                    + e.getClass().getSimpleName() + ") — the store still holds the previous graph;"
                    + " keep the store on one file system with its parent folder", e);
        }
    }

    /** Removes the staging folder; unless the new graph was moved into the store, the store is as it was. */
    @Override
    public void close() {
        try {
            if (loader != null) {
                loader.finishException(new IllegalStateException("the build stopped"));
                loader = null;
            }
            if (dataset != null) {
                TDBInternal.expel(dataset);
                dataset = null;
            }
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
            if (!moved) {
                // Folders made for a build that did not happen go too, down to the store's first missing parent.
                for (int i = created.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(created.get(i));
                    } catch (IOException e) {
                        break;
                    }
                }
            }
        }
    }

    /** Removes staging folders that builds killed before they could clear up left behind. */
    private static void removeDeadStaging(Path parent, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+")
                        && ProcessHandle.of(Long.parseLong(name.substring(prefix.length()))).isEmpty()) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // Another kg process cleared it first.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
