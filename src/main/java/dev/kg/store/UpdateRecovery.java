package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Finishes what a build that changed a generation where it is ({@link InPlaceUpdate}) left undone when it died:
 * TDB2 opens the store, which replays its journal, so the graph is the old one or the new one whole; which of
 * them it is shows in TDB2's state files ({@code .bpt}, {@code .bdf}), which any write rewrites, against the
 * manifest from before the change. The generation's own files are then written for that graph, from the old ones
 * or from the intent's record of the new one, after the triples in every graph have been counted against it.
 * Run before a store is checked, so that a killed build leaves a store that opens.
 */
final class UpdateRecovery {
    private UpdateRecovery() {
    }

    /** Finishes an interrupted change of the store's newest generation, if there is one. */
    static void ifInterrupted(Path store) {
        Optional<Path> newest = TdbStorage.newestGeneration(store);
        if (newest.isEmpty() || !UpdateIntent.existsIn(newest.get())) {
            return;
        }
        DatasetGraph dataset;
        try {
            dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        } catch (RuntimeException e) {
            KgException cannot = GraphStore.cannotOpen(store, e);
            throw cannot.code() == ErrorCode.STORE_BUSY ? cannot
                    : GenerationCheck.damaged(store, "TDB2 cannot open the data a build left unfinished: " + e.getMessage());
        }
        Path generation = null;
        StoreManifest undo = null;
        try {
            generation = TdbStorage.openGeneration(dataset);
            if (!UpdateIntent.existsIn(generation)) {
                return;   // another process finished it
            }
            String name = generation.getFileName().toString();
            UpdateIntent intent = UpdateIntent.readFrom(generation).orElseThrow(() -> GenerationCheck.damaged(store,
                    name + "/" + UpdateIntent.FILE_NAME + " is unreadable: a build that changed the store did not finish"));
            StoreManifest before = intent.before();
            // The data before the change ends where its manifest says: TDB2 appends after it, so it is as it was.
            for (FileDigest f : before.files()) {
                if (!f.name().startsWith("kg-") && !StoreManifest.rewrittenInPlace(f.name())) {
                    requireMatch(store, generation, f);
                }
            }
            if (!committed(generation, before)) {
                unchangedRecord(store, generation, before);
                GenerationCheck.triplesPerGraph(store, name, StoreManifest.graphsIn(generation).orElseThrow(),
                        Txn.calculateRead(dataset, () -> GraphStore.triplesPerGraph(dataset)));
                undo = before;   // once TDB2 has let go of the files
            } else if (!intent.committing()) {
                throw GenerationCheck.damaged(store, "a build changed the store's data before its checks had passed, and did not finish");
            } else {
                Map<String, Long> graphs = recordedGraphs(generation).orElseThrow(() -> GenerationCheck.damaged(store,
                        name + "/" + StoreManifest.GRAPHS_FILE + " cannot be read"));
                GenerationCheck.triplesPerGraph(store, name, graphs, Txn.calculateRead(dataset, () -> GraphStore.triplesPerGraph(dataset)));
                StoreManifest.seal(generation, name, StoreManifest.digestData(generation, before));
                UpdateIntent.deleteFrom(generation);
            }
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException e) {
            throw cannotFinish(store, e);
        } catch (KgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw GenerationCheck.damaged(store, "TDB2 cannot read the data a build left unfinished: " + e.getMessage());
        } finally {
            TdbStorage.release(dataset);
        }
        if (undo != null) {
            try (StoreLock lock = StoreLock.take(store)) {
                if (UpdateIntent.existsIn(generation)) {
                    GenerationRestore.to(generation, undo);
                    UpdateIntent.deleteFrom(generation);
                }
            } catch (IOException e) {
                throw cannotFinish(store, e);
            }
        }
    }

    private static KgException cannotFinish(Path store, Exception e) {
        return new KgException(ErrorCode.STORE_UNUSABLE, store + ": a build that changed the store did not finish, and"
                + " its record cannot be written (" + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName()
                + ") — check the free space and permissions of the store, then run the command again", e);
    }

    /**
     * True when TDB2's state files differ from those the manifest from before the change lists: TDB2 writes them
     * only when a transaction commits (its journal replays a commit the process died in), so the change committed.
     */
    private static boolean committed(Path generation, StoreManifest before) throws IOException {
        for (FileDigest f : before.files()) {
            if (f.name().endsWith(".bpt") || f.name().endsWith(".bdf")) {
                Path file = generation.resolve(f.name());
                if (!Files.isRegularFile(file) || !FileDigest.of(file).equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** kg's record from before the change, which must still be in place as that manifest lists it. */
    private static void unchangedRecord(Path store, Path generation, StoreManifest before) throws IOException {
        for (String kgFile : new String[] {StoreManifest.GRAPHS_FILE, BuildInputsFile.FILE_NAME}) {
            FileDigest digest = before.file(kgFile).orElseThrow(() -> GenerationCheck.damaged(store,
                    "the manifest from before an unfinished change does not list " + kgFile));
            requireMatch(store, generation, digest);
        }
    }

    private static void requireMatch(Path store, Path generation, FileDigest digest) throws IOException {
        Path file = generation.resolve(digest.name());
        boolean kgFile = digest.name().startsWith("kg-");
        try (FileChannel channel = FileChannel.open(file)) {
            if (kgFile ? channel.size() != digest.size() || !digest.dataMatches(channel) : !digest.prefixMatches(channel)) {
                throw GenerationCheck.damaged(store, generation.getFileName() + "/" + digest.name()
                        + " does not hold the data the build wrote");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw GenerationCheck.damaged(store, generation.getFileName() + "/" + digest.name() + " is missing");
        }
    }

    /** The triples per graph of the record in effect: the new one beside its place, or the one in place. */
    private static Optional<Map<String, Long>> recordedGraphs(Path generation) {
        Path next = StoreManifest.next(generation, StoreManifest.GRAPHS_FILE);
        if (Files.exists(next)) {
            return StoreManifest.graphsFile(next);
        }
        return StoreManifest.graphsIn(generation);
    }
}
