package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build --watch} as a real process on a copy of the seed project, its files saved as editors save them,
 * queried meanwhile through the real command line: each save is built as {@code kg build} builds it, and the store
 * ends as a full build of the same inputs leaves it.
 */
class BuildWatchTest {
    private static final String A1 = "001_d5649c7f9c9adf91";
    private static final String A2 = "002_cf741e01a53c0ac0";
    private static final String A3 = "003_3a9745ee0dab3a5e";
    private static final String A4 = "004_a15e93869306b3ce";
    private static final Pattern TIMING = Pattern.compile(" in [\\d.]+ s \\([\\d,]+ triples/s\\)");

    @TempDir
    Path dir;

    private Path project;
    private Path store;

    @Test
    @Tag("slow")
    void buildsEachSaveWhileQueriesReadTheStore() throws Exception {
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        Path seeds = project.resolve("seeds");
        Kg.Run oneShot = Kg.run("build", "--project", project.toString(), "--store", dir.resolve("one-shot").toString());
        assertEquals(0, oneShot.exit(), oneShot.err());
        Process watch = KgProcess.start(dir.resolve("watch.log"), "build", "--watch", "--project", project.toString(),
                "--store", store.toString());
        WatchLog log = new WatchLog(dir.resolve("watch.log"));
        try {
            // First a build as kg build prints it.
            List<String> oneShotLines = oneShot.err().lines().toList();
            assertEquals(untimed(oneShot.err().replace(dir.resolve("one-shot").toString(), store.toString()))
                    + "kg build: watching " + seeds + " and " + project.resolve("ontology") + " (Ctrl-C stops)\n",
                    untimed(log.next(oneShotLines.size() + 1)));

            // Each write leaves garbage in this small store, and past 50% a build is a full one: at most two
            // incremental builds follow each other here.
            Path m2 = seeds.resolve(A2 + ".yaml");
            edit(m2, "amount: over 10 billion USD", "amount: over 12 billion USD");
            assertBuilt(log, A2 + ".yaml changed", "incremental: 1 changed, 0 added, 0 removed", 5);
            assertTrue(investments().contains("Meta,Scale AI,over 12 billion USD,"), investments());

            // A bad save: its problem, located; the store keeps the last graph, and queries see it.
            String good2 = Files.readString(m2);
            Files.writeString(m2, good2.replace("over 12 billion", "over 13 billion").replaceFirst("subject: meta\n", "subject: metaa\n"));
            int line = lineOf(good2, "subject: meta\n");
            assertEquals("HH:MM:SS " + A2 + ".yaml changed\n" + m2 + ":" + line + ":14: unknown entity 'metaa' in 'subject'"
                    + " — did you mean 'meta'? [unknown-entity]\n1 problem found; nothing was written.\n", log.next(3));
            assertTrue(investments().contains("Meta,Scale AI,over 12 billion USD,"), investments());
            Files.writeString(m2, good2);
            assertTrue(log.next(2).matches("HH:MM:SS " + A2 + "\\.yaml changed\nnothing changed: " + Pattern.quote(store.toString())
                    + " holds the graph of 5 articles, 2647 triples; data [\\d.,]+ MB, \\d+% garbage\n"));

            // Saved as editors save: a temporary file moved over the mapping file.
            Path m1 = seeds.resolve(A1 + ".yaml");
            String text1 = Files.readString(m1);
            String title = text1.lines().filter(l -> l.strip().startsWith("title: ")).findFirst().orElseThrow();
            Path temporary = seeds.resolve("." + A1 + ".yaml.tmp");
            Files.writeString(temporary, text1.replace(title, title + " (aggiornato)"));
            Files.move(temporary, m1, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertBuilt(log, A1 + ".yaml changed", "incremental: 1 changed, 0 added, 0 removed", 5);

            // What every article is checked against: a full build, which says why.
            edit(seeds.resolve("entities.yaml"), "Alexandr Wang", "Alexandr  Wang");
            assertBuilt(log, "entities.yaml changed", "full build: entities changed", 5);

            // A mapping file and its article added, then another mapping file deleted.
            Files.copy(seeds.resolve(A4 + ".txt"), seeds.resolve("006_copy.txt"));
            Files.writeString(seeds.resolve("006_copy.yaml"), Files.readString(seeds.resolve(A4 + ".yaml"))
                    .replace("file: " + A4 + ".txt", "file: 006_copy.txt"));
            assertBuilt(log, null, "incremental: 0 changed, 1 added, 0 removed", 6);
            Files.delete(seeds.resolve(A3 + ".yaml"));
            assertBuilt(log, A3 + ".yaml changed", "incremental: 0 changed, 0 added, 1 removed", 5);

            Path fresh = dir.resolve("full");
            Kg.Run full = Kg.run("build", "--project", project.toString(), "--store", fresh.toString());
            assertEquals(0, full.exit(), full.err());
            assertEquals(Kg.nquads(project, fresh), Kg.nquads(project, store));
            assertTrue(watch.isAlive());
        } finally {
            watch.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        }
        assertEquals(143, watch.waitFor());
        assertEquals("kg build: stopped watching\n", log.next(1));
    }

    @Test
    void refusesFullWithWatch() {
        Kg.Run run = Kg.run("build", "--watch", "--full");
        assertEquals(2, run.exit());
        assertEquals("kg build: --full builds everything once, and --watch builds what each save changes — run kg build"
                + " --full, then kg build --watch [usage]\n", run.err());
    }

    /**
     * The next build's lines: the change that caused it ({@code cause}, when not null; a change may come in more
     * than one burst, of which only the last builds), how it went about it, its summary, and one line per graph;
     * coverage warnings aside.
     */
    private static void assertBuilt(WatchLog log, String cause, String first, int articles) throws Exception {
        String all = log.next(articles + 5);
        // An edit may leave a figure of its article unaccounted for: kg build warns, and so does the watch.
        List<String> lines = all.lines().filter(l -> !l.startsWith("kg build: warning: ")).toList();
        assertEquals(articles + 5, lines.size(), all);
        assertTrue(lines.get(0).startsWith("HH:MM:SS ") && lines.get(0).endsWith(" changed"), all);
        if (cause != null) {
            assertEquals("HH:MM:SS " + cause, lines.get(0));
        }
        assertEquals(first, lines.get(1), all);
        assertTrue(lines.get(2).matches("built .*: " + articles + " articles, 37 entities, \\d+ facts, \\d+ triples in .*"
                + "; data [\\d.,]+ MB, \\d+% garbage"), all);
    }

    private String investments() {
        Kg.Run query = Kg.run("query", "investments", "--param", "company=scale-ai", "--format", "csv",
                "--project", project.toString(), "--store", store.toString());
        assertEquals(0, query.exit(), query.err());
        return query.out();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String untimed(String output) {
        return TIMING.matcher(output).replaceAll(" in T s");
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}
