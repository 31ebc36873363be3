package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the crash tests share: how long one build takes, and which of two graphs a killed build left. */
final class KilledBuilds {
    private KilledBuilds() {
    }

    /** Milliseconds one {@code kg build} of {@code project} into {@code store} takes, as a process; its output in {@code log}. */
    static long timeOneBuild(Path project, Path store, Path log) throws Exception {
        long start = System.nanoTime();
        Process build = KgProcess.start(log, "build", "--project", project.toString(), "--store", store.toString());
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, build.exitValue(), Files.readString(log));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Which of the two expected N-Quads exports {@code now} is; fails, naming {@code kill}, when it is neither. */
    static int whichGraph(String now, String[] expected, String kill) {
        for (int v = 0; v < expected.length; v++) {
            if (now.equals(expected[v])) {
                return v;
            }
        }
        return fail(kill + " left a store that is neither graph");
    }
}
