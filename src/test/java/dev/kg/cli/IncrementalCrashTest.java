package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds killed with SIGKILL at random points, as real processes: the store then opens, passes
 * {@code kg check}, and holds exactly the previous graph or exactly the new one. {@code -Dkg.kills=N} sets the
 * number of kills; {@code -Dkg.seed=S} replays a run.
 */
@Tag("slow") // kills incremental builds with SIGKILL, one JVM each
class IncrementalCrashTest {
    private static final int KILLS = Integer.getInteger("kg.kills", 16);
    private static final long SEED = Long.getLong("kg.seed", 20261202L);

    @Test
    void aKilledIncrementalBuildLeavesThePreviousGraphOrTheNewOne(@TempDir Path dir) throws Exception {
        Path[] projects = {TestProjects.seedProject(dir.resolve("a")), TestProjects.seedProject(dir.resolve("b"))};
        Path mapping = projects[1].resolve("seeds/002_cf741e01a53c0ac0.yaml");
        Files.writeString(mapping, Files.readString(mapping).replace("amount: over 10 billion USD", "amount: over 11 billion USD"));
        // Both versions build into the same store, so each build after the first is incremental: the same folder
        // holds both projects' seeds in turn.
        Path project = dir.resolve("p");
        TestProjects.copyTree(projects[0], project);
        String[] expected = new String[2];
        for (int v = 0; v < 2; v++) {
            Path reference = dir.resolve("ref" + v);
            assertEquals(0, Kg.run("build", "--project", projects[v].toString(), "--store", reference.toString()).exit());
            expected[v] = Kg.nquads(projects[v], reference);
        }
        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        use(projects[1], project);
        long incremental = KilledBuilds.timeOneBuild(project, store, dir.resolve("timing.log"));
        assertTrue(Files.readString(dir.resolve("timing.log")).startsWith("incremental: 1 changed"),
                Files.readString(dir.resolve("timing.log")));
        int holds = 1;
        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        for (int kill = 0; kill < KILLS; kill++) {
            int next = 1 - holds;
            use(projects[next], project);
            Process build = KgProcess.start(dir.resolve("build.log"), "build", "--project", project.toString(),
                    "--store", store.toString());
            long delay = random.nextLong(incremental * 13 / 10);
            if (build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, build.exitValue(), Files.readString(dir.resolve("build.log")));
            } else {
                KgProcess.kill(build);
            }
            Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
            assertEquals(0, check.exit(), "kill " + kill + " (seed " + SEED + ", delay " + delay + " ms): " + check.err());
            String now = Kg.nquads(project, store);
            holds = KilledBuilds.whichGraph(now, expected, "kill " + kill + " (seed " + SEED + ", delay " + delay + " ms)");
            outcomes[holds == next ? 1 : 0]++;
        }
        System.out.printf("kg.crash.incremental: %d kills (seed %d, build %d ms): %d kept the previous graph, %d held the new one%n",
                KILLS, SEED, incremental, outcomes[0], outcomes[1]);
    }

    /** Makes the project's mapping file of article 002 that of {@code version}. */
    private static void use(Path version, Path project) throws IOException {
        String name = "seeds/002_cf741e01a53c0ac0.yaml";
        Files.writeString(project.resolve(name), Files.readString(version.resolve(name)));
    }

}
