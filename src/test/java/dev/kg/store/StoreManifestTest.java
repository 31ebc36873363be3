package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest a build writes into its generation, and what opening and checking the store make of it. */
class StoreManifestTest {
    private static final String ONTOLOGY = "https://w3id.org/kg/graph/ontology";

    private static Path built(Path dir) {
        Path store = dir.resolve("store");
        Kg.Run run = Kg.run("build", "--project", TestProjects.REPO.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        return store;
    }

    @Test
    void theManifestNamesItsGenerationAndListsEveryFileButTheLock(@TempDir Path dir) throws IOException {
        Path store = built(dir);
        Path generation = store.resolve("Data-0001");
        StoreManifest manifest = StoreManifest.readFrom(generation).orElseThrow();
        assertEquals("Data-0001", manifest.generation());
        assertEquals(StoreManifest.listFiles(generation).stream().map(p -> p.getFileName().toString()).toList(),
                manifest.files().stream().map(FileDigest::name).toList());
        assertEquals(43, manifest.files().size());
        assertEquals(2647L, StoreManifest.graphsIn(generation).orElseThrow().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1518L, StoreManifest.graphsIn(generation).orElseThrow().get(ONTOLOGY));
    }

    /** A manifest that agrees with every file but not with the graphs: only counting the triples finds it. */
    @Test
    void checkCountsTheTriplesInEachGraph(@TempDir Path dir) throws IOException {
        Path store = built(dir);
        Path generation = store.resolve("Data-0001");
        Map<String, Long> graphs = new TreeMap<>(StoreManifest.graphsIn(generation).orElseThrow());
        graphs.put(ONTOLOGY, 1519L);
        Files.delete(generation.resolve(StoreManifest.FILE_NAME));
        Files.delete(generation.resolve(StoreManifest.GRAPHS_FILE));
        StoreManifest.writeInto(generation, "Data-0001", graphs);

        GraphStore.openExisting(store).close();
        KgException e = assertThrows(KgException.class, () -> GraphStore.check(store));
        assertEquals(ErrorCode.STORE_DAMAGED, e.code());
        assertEquals(store + ": the store is damaged (graph <" + ONTOLOGY + "> holds 1518 triples; the build wrote 1519)"
                + " — run 'kg build' to rebuild it", e.getMessage());
    }

    /** A whole generation copied under a newer name is not the one the build wrote, even though every file matches. */
    @Test
    void aGenerationUnderAnotherNameIsDamaged(@TempDir Path dir) throws IOException {
        Path store = built(dir);
        TestProjects.copyTree(store.resolve("Data-0001"), store.resolve("Data-0002"));
        KgException e = assertThrows(KgException.class, () -> GraphStore.openExisting(store));
        assertEquals(store + ": the store is damaged (Data-0002 is not the data the last build wrote, which is Data-0001)"
                + " — run 'kg build' to rebuild it", e.getMessage());
    }

    @Test
    void aDigestKeepsTheDataAndLeavesTheZerosAfterIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f");
        byte[] bytes = new byte[3 << 20];
        bytes[5] = 1;
        bytes[(1 << 20) + 7] = 2;
        Files.write(file, bytes);
        FileDigest digest = FileDigest.of(file);
        assertEquals(3L << 20, digest.size());
        assertEquals((1L << 20) + 8, digest.checked(), "up to the last byte that is not zero");
        Files.write(dir.resolve("empty"), new byte[0]);
        assertEquals(new FileDigest("empty", 0, 0, java.util.List.of()), FileDigest.of(dir.resolve("empty")));
        assertEquals(2, digest.chunks().size(), "one checksum per megabyte of data");
    }
}
