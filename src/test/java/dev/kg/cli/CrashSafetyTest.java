package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build} and {@code kg export -o} killed with SIGKILL at random points, as real processes: the store
 * then holds exactly the previous graph or exactly the new one, and the output file is whole or untouched.
 * {@code -Dkg.kills=N} sets the number of kills (the stress script runs 100); {@code -Dkg.seed=S} replays a run.
 */
@Tag("slow") // kills builds with SIGKILL, one JVM each
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("kg.kills", 20);
    private static final long SEED = Long.getLong("kg.seed", 20251123L);

    /** Two versions of the seed project whose graphs differ: B drops a fact and changes an amount. */
    private static Path versionB(Path dir) throws IOException {
        Path b = TestProjects.seedProject(dir);
        Path mapping = b.resolve("seeds/002_cf741e01a53c0ac0.yaml");
        Files.writeString(mapping, Files.readString(mapping).replace("amount: over 10 billion USD", "amount: over 11 billion USD"));
        return b;
    }

    @Test
    void aKilledBuildLeavesThePreviousGraphOrTheNewOneNeverAMix(@TempDir Path dir) throws Exception {
        Path[] projects = {TestProjects.seedProject(dir.resolve("a")), versionB(dir.resolve("b"))};
        String[] expected = new String[2];
        for (int v = 0; v < 2; v++) {
            Path reference = dir.resolve("ref" + v);
            assertEquals(0, Kg.run("build", "--project", projects[v].toString(), "--store", reference.toString()).exit());
            expected[v] = Kg.nquads(projects[v], reference);
        }
        assertTrue(!expected[0].equals(expected[1]));

        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", projects[0].toString(), "--store", store.toString()).exit());
        long fullBuild = KilledBuilds.timeOneBuild(projects[1], store, dir.resolve("timing.log"));
        int holds = 1;
        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        for (int kill = 0; kill < KILLS; kill++) {
            int next = 1 - holds;
            Process build = KgProcess.start(dir.resolve("build.log"), "build", "--project", projects[next].toString(),
                    "--store", store.toString());
            // Half the kills fall anywhere in a build; half near its end, where the write transaction is.
            long delay = kill % 2 == 0 ? random.nextLong(fullBuild) : fullBuild * 7 / 10 + random.nextLong(fullBuild * 4 / 10);
            if (build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, build.exitValue(), Files.readString(dir.resolve("build.log")));
            } else {
                KgProcess.kill(build);
            }
            String now = Kg.nquads(projects[0], store);
            holds = KilledBuilds.whichGraph(now, expected, "kill " + kill + " (seed " + SEED + ", delay " + delay + " ms)");
            outcomes[holds == next ? 1 : 0]++;
        }
        System.out.printf("kg.crash: %d kills (seed %d, build %d ms): %d kept the previous graph, %d held the new one%n",
                KILLS, SEED, fullBuild, outcomes[0], outcomes[1]);
    }


    @Test
    void aKilledExportLeavesTheOldFileOrTheWholeNewOne(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        String whole = Kg.run("export", "--project", project.toString(), "--store", store.toString()).out();
        Path out = dir.resolve("out").resolve("graph.ttl");
        Files.createDirectories(out.getParent());
        Random random = new Random(SEED);
        for (int kill = 0; kill < Math.max(5, KILLS / 4); kill++) {
            Files.writeString(out, "old\n");
            Process export = KgProcess.start(dir.resolve("export.log"), "export", "--project", project.toString(),
                    "--store", store.toString(), "-o", out.toString());
            if (!export.waitFor(random.nextLong(2500), TimeUnit.MILLISECONDS)) {
                KgProcess.kill(export);
            }
            String now = Files.readString(out);
            assertTrue(now.equals("old\n") || now.equals(whole), "kill " + kill + " left a partial file");
            try (Stream<Path> files = Files.list(out.getParent())) {
                // A killed export may leave its hidden temporary file; never a second visible one.
                assertEquals(1, files.filter(f -> !f.getFileName().toString().startsWith(".")).count());
            }
        }
    }
}
