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
            throw GraphStore.cannotOpen(store, e);
        }
        try {
            Path generation = TdbStorage.openGeneration(dataset);
            if (!UpdateIntent.existsIn(generation)) {
                return;   // another process finished it
            }
            String name = generation.getFileName().toString();
            UpdateIntent intent = UpdateIntent.readFrom(generation).orElseThrow(() -> GenerationCheck.damaged(store,
                    name + "/" + UpdateIntent.FILE_NAME + " is unreadable: a build that changed the store did not finish"));
            UpdateIntent.After record = committed(generation, intent.before())
                    ? intent.after().orElseThrow(() -> GenerationCheck.damaged(store, "a build changed the store's data"
                            + " before its checks had passed, and did not finish"))
                    : oldRecord(store, generation, intent.before());
            GenerationCheck.triplesPerGraph(store, name, record.graphs(), Txn.calculateRead(dataset, () -> GraphStore.triplesPerGraph(dataset)));
            StoreManifest.writeInto(generation, name, record.graphs(), record.inputs(), record.baseline());
            UpdateIntent.deleteFrom(generation);
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, store + ": a build that changed the store did not finish, and"
                    + " its record cannot be written (" + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName()
                    + ") — check the free space and permissions of the store, then run the command again", e);
        } finally {
            TdbStorage.release(dataset);
        }
    }

    /** True when TDB2's state files differ from those the manifest from before the change lists: the change committed. */
    private static boolean committed(Path generation, StoreManifest before) throws IOException {
        for (FileDigest f : before.files()) {
            if (f.name().endsWith(".bpt") || f.name().endsWith(".bdf")) {
                Path file = generation.resolve(f.name());
                if (!Files.isRegularFile(file)) {
                    return true;
                }
                try (FileChannel channel = FileChannel.open(file)) {
                    if (channel.size() != f.size() || !f.dataMatches(channel)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The generation's files from before the change, which must still hold what that manifest says. */
    private static UpdateIntent.After oldRecord(Path store, Path generation, StoreManifest before) throws IOException {
        for (String kgFile : new String[] {StoreManifest.GRAPHS_FILE, BuildInputsFile.FILE_NAME}) {
            FileDigest digest = before.file(kgFile).orElseThrow(() -> GenerationCheck.damaged(store,
                    "the record from before an unfinished change does not list " + kgFile));
            try (FileChannel channel = FileChannel.open(generation.resolve(kgFile))) {
                if (channel.size() != digest.size() || !digest.dataMatches(channel)) {
                    throw GenerationCheck.damaged(store, generation.getFileName() + "/" + kgFile
                            + " does not hold what the build wrote");
                }
            }
        }
        Map<String, Long> graphs = StoreManifest.graphsIn(generation).orElseThrow();
        BuildInputsFile.Contents contents = BuildInputsFile.read(generation).orElseThrow();
        return new UpdateIntent.After(graphs, contents.inputs(), contents.baseline());
    }
}
