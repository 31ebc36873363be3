package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another kg process using the store: a clear "busy" and exit 75, or an answer; never a wait or a corrupt store. */
class ConcurrencyTest {
    private static final String LONG_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static String busy(Path store, long pid) {
        return store + ": the store is busy: process " + pid
                + " (another kg build, query or serve) is using it — wait for it to finish, then try again [store-busy]\n";
    }

    @Test
    void aBuildAndAQueryWhileAnotherProcessQueriesAreToldTheStoreIsBusy(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        String before = Kg.nquads(project, store);

        Process query = KgProcess.start(dir.resolve("query.log"), "query", "--project", project.toString(),
                "--store", store.toString(), "--timeout", "30", "-e", LONG_QUERY);
        try {
            assertTrue(KgProcess.holdsLock(query, store, 30_000), "the long query never opened the store");

            // A build with nothing to write does not need the store's lock.
            Kg.Run unchanged = Kg.run("build", "--project", project.toString(), "--store", store.toString());
            assertEquals(0, unchanged.exit(), unchanged.err());
            assertTrue(unchanged.err().startsWith("nothing changed: "), unchanged.err());

            Kg.Run build = Kg.run("build", "--full", "--project", project.toString(), "--store", store.toString());
            assertEquals(75, build.exit());
            assertEquals("kg build: " + busy(store, query.pid()), build.err());

            Kg.Run other = Kg.run("query", "investments", "--project", project.toString(), "--store", store.toString());
            assertEquals(75, other.exit());
            assertEquals("", other.out());
            assertEquals("kg query: " + busy(store, query.pid()), other.err());
        } finally {
            KgProcess.kill(query);
        }
        assertEquals(before, Kg.nquads(project, store));
    }

    @Tag("slow") // builds and queries race for many rounds
    @Test
    void aQueryWhileABuildWritesAnswersOrSaysBusy(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        String answer = Kg.run("query", "investments", "--project", project.toString(), "--store", store.toString()).out();

        int busy = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process build = KgProcess.start(dir.resolve("build.log"), "build", "--full", "--project", project.toString(),
                    "--store", store.toString());
            boolean locked = KgProcess.holdsLock(build, store, 30_000);
            Kg.Run query = Kg.run("query", "investments", "--project", project.toString(), "--store", store.toString());
            if (query.exit() == 75) {
                busy++;
                assertEquals("kg query: " + busy(store, build.pid()), query.err());
            } else {
                assertEquals(0, query.exit(), query.err());
                assertEquals(answer, query.out(), "a query that answers gives the whole graph's answer");
            }
            assertTrue(build.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, build.exitValue(), "the build is not disturbed by the query");
            System.out.printf("kg.concurrency: attempt %d: lock seen %s, query %s%n", attempt, locked,
                    query.exit() == 75 ? "told busy" : "answered");
        }
        assertEquals(answer, Kg.run("query", "investments", "--project", project.toString(), "--store", store.toString()).out());
        System.out.printf("kg.concurrency: %d of 3 queries told busy%n", busy);
    }
}
