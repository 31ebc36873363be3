package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A damaged store never answers: each kind of damage that once gave wrong answers or crashed kg makes every
 * reading command stop with {@code store-damaged}, and {@code kg build} then rebuilds the store.
 */
class StoreDamageTest {
    private static final Path PROJECT = TestProjects.REPO;

    /** The damage reported in the issue, each done to the newest generation ({@code Data-NNNN}) of a built store. */
    enum Damage {
        TRUNCATED_NODE_DATA {
            @Override
            void to(Path store, Path generation) throws IOException {
                Path file = generation.resolve("nodes-data.obj");
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(f.length() / 2);
                }
            }
        },
        GARBAGE_IN_A_QUAD_INDEX {
            @Override
            void to(Path store, Path generation) throws IOException {
                byte[] garbage = new byte[64];
                new Random(7).nextBytes(garbage);
                try (RandomAccessFile f = new RandomAccessFile(generation.resolve("GSPO.dat").toFile(), "rw")) {
                    f.seek(100);
                    f.write(garbage);
                }
            }
        },
        EXTRA_EMPTY_GENERATION {
            @Override
            void to(Path store, Path generation) throws IOException {
                int n = Integer.parseInt(generation.getFileName().toString().substring("Data-".length()));
                Files.createDirectory(store.resolve("Data-%04d".formatted(n + 1)));
            }
        },
        RANDOM_JOURNAL {
            @Override
            void to(Path store, Path generation) throws IOException {
                byte[] journal = new byte[1 << 20];
                new Random(11).nextBytes(journal);
                Files.write(generation.resolve("journal.jrnl"), journal);
            }
        },
        EMPTIED_NODES_DAT {
            @Override
            void to(Path store, Path generation) throws IOException {
                Files.write(generation.resolve("nodes.dat"), new byte[0]);
            }
        };

        abstract void to(Path store, Path generation) throws IOException;
    }

    static Path newestGeneration(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d+")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private static Kg.Run build(Path store) {
        return Kg.run("build", "--project", PROJECT.toString(), "--store", store.toString());
    }

    @Tag("slow") // a build and every reading command for each kind of damage
    @ParameterizedTest
    @EnumSource(Damage.class)
    void everyReadingCommandRefusesTheDamagedStoreAndABuildRepairsIt(Damage damage, @TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Map<String, Kg.Run> before = StoreReads.runAll(PROJECT, store);
        before.forEach((command, run) -> assertEquals(0, run.exit(), command + ": " + run.err()));

        damage.to(store, newestGeneration(store));
        StoreReads.runAll(PROJECT, store).forEach((command, run) ->
                assertTrue(StoreReads.refusedAsDamaged(run), command + " on a store with " + damage + ": exit "
                        + run.exit() + ", " + run.out().length() + " characters out, " + run.err()));
        Kg.Run serve = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StoreReads.run(PROJECT, store,
                List.of("serve", "--port", "0")));
        assertTrue(StoreReads.refusedAsDamaged(serve), "serve: " + serve.err());
        Kg.Run check = StoreReads.run(PROJECT, store, List.of("check"));
        assertTrue(StoreReads.refusedAsDamaged(check), "check: " + check.err());

        Kg.Run rebuild = build(store);
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertEquals(before, StoreReads.runAll(PROJECT, store));
        assertEquals(1, generations(store).size(), "the old generations are deleted: " + generations(store));
        assertEquals(0, StoreReads.run(PROJECT, store, List.of("check")).exit());
    }

    @Test
    void theErrorNamesTheFileAndHowToRebuild(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Path generation = newestGeneration(store);
        Damage.TRUNCATED_NODE_DATA.to(store, generation);
        Kg.Run run = StoreReads.run(PROJECT, store, List.of("query", "investments"));
        assertEquals("kg query: " + store + ": the store is damaged (" + generation.getFileName()
                + "/nodes-data.obj is 38199 bytes; the build wrote 76398) — run 'kg build' to rebuild it [store-damaged]\n", run.err());
    }

    @Test
    void checkReportsASoundStoreWithItsCounts(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Kg.Run check = StoreReads.run(PROJECT, store, List.of("check"));
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().startsWith("ok: " + store + " is as its build wrote it: Data-0001, 43 files ("), check.out());
        assertTrue(check.out().matches("(?s).* bytes\\), 7 graphs with 2,647 triples \\(built by kg development build with Jena 6.2.0\\);"
                + " data [\\d.]+ MB, 0% garbage\n"), check.out());
    }

    /** Bytes after a file's data are never read by a query, so only kg check, which reads everything, finds them. */
    @Test
    void checkFindsBytesWhereTheBuildLeftZerosThatQueriesNeverRead(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Map<String, Kg.Run> before = StoreReads.runAll(PROJECT, store);
        try (RandomAccessFile f = new RandomAccessFile(newestGeneration(store).resolve("SPO.dat").toFile(), "rw")) {
            f.seek(5_000_000);
            f.write(0x5a);
        }
        assertEquals(before, StoreReads.runAll(PROJECT, store));
        Kg.Run check = StoreReads.run(PROJECT, store, List.of("check"));
        assertEquals("kg check: " + store + ": the store is damaged (Data-0001/SPO.dat has bytes past its data, where the"
                + " build left zeros) — run 'kg build' to rebuild it [store-damaged]\n", check.err());
        assertEquals(1, check.exit());
    }

    @Test
    void aStoreWithoutAManifestIsDamagedAndRebuilt(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Files.delete(newestGeneration(store).resolve("kg-manifest.json"));
        Kg.Run run = StoreReads.run(PROJECT, store, List.of("describe", "scale-ai"));
        assertTrue(StoreReads.refusedAsDamaged(run), run.err());
        assertTrue(run.err().contains("(Data-0001/kg-manifest.json is missing or unreadable: a build of this kg writes it)"), run.err());
        assertEquals(0, build(store).exit());
        assertEquals(0, StoreReads.run(PROJECT, store, List.of("describe", "scale-ai")).exit());
    }

    @Test
    void aStoreWhoseDataFolderIsGoneIsRebuiltNotRefusedAsForeign(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, build(store).exit());
        Path generation = newestGeneration(store);
        try (Stream<Path> files = Files.list(generation)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(generation);
        Kg.Run query = StoreReads.run(PROJECT, store, List.of("query", "investments"));
        assertEquals(1, query.exit());
        assertTrue(query.err().endsWith(" [no-graph]\n"), query.err());
        Kg.Run rebuild = build(store);
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertEquals(0, StoreReads.run(PROJECT, store, List.of("check")).exit());
    }
}
