package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg validate --watch} as a real process on a copy of the seed project, its files saved as editors save them. */
class WatchTest {
    private static final String A1 = "001_d5649c7f9c9adf91";
    private static final String A2 = "002_cf741e01a53c0ac0";
    private static final String A3 = "003_3a9745ee0dab3a5e";
    private static final String A4 = "004_a15e93869306b3ce";

    @Test
    @Tag("slow")
    void checksEachSaveAloneAndEverythingWhenTheEntitiesChange(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path seeds = project.resolve("seeds");
        Kg.Run validate = Kg.run("validate", "--strict", "--project", project.toString());
        assertEquals("ok: 5 articles, 37 entities, 91 facts checked\n", validate.err());
        Process watch = KgProcess.start(dir.resolve("watch.log"), "validate", "--watch", "--strict", "--project", project.toString());
        WatchLog log = new WatchLog(dir.resolve("watch.log"));
        try {
            // First the whole project, as kg validate prints it.
            assertEquals(validate.err() + "kg validate: watching " + seeds + " and " + project.resolve("ontology")
                    + " (Ctrl-C stops)\n", log.next(2));

            Path m1 = seeds.resolve(A1 + ".yaml");
            String good1 = Files.readString(m1);
            Files.writeString(m1, good1.replace("L’accordo valuta Scale AI circa 29", "L’accordo valuta Scale AI circa 39"));
            String quote = "the evidence quote does not occur in seeds/" + A1 + ".txt — the quote matches the article up to"
                    + " \"…L'accordo valuta Scale AI circa \", then has \"39 miliardi di dollari…\" where the article has"
                    + " \"29 miliardi di dollari, una cifra che ri…\"; copy the passage verbatim [quote-not-in-article]\n";
            assertEquals("HH:MM:SS " + A1 + ".yaml: 2 problems\n" + m1 + ":18:9: " + quote + m1 + ":26:15: " + quote, log.next(3));
            Files.writeString(m1, good1);
            assertEquals("HH:MM:SS " + A1 + ".yaml: ok\n", log.next(1));

            // Saved as editors save: a temporary file moved over the mapping file.
            Path m3 = seeds.resolve(A3 + ".yaml");
            String good3 = Files.readString(m3);
            Path temporary = seeds.resolve("." + A3 + ".yaml.tmp");
            Files.writeString(temporary, good3.replaceFirst("subject: meta\n", "subject: metaa\n"));
            Files.move(temporary, m3, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            int line = lineOf(good3, "subject: meta\n");
            assertEquals("HH:MM:SS " + A3 + ".yaml: 1 problem\n" + m3 + ":" + line + ":14: unknown entity 'metaa' in 'subject'"
                    + " — did you mean 'meta'? [unknown-entity]\n", log.next(2));
            Files.writeString(m3, good3);
            assertEquals("HH:MM:SS " + A3 + ".yaml: ok\n", log.next(1));

            // A second mapping file of the same article, named before the first: the first is now the one mapping it again.
            Path m4 = seeds.resolve(A4 + ".yaml");
            Path copy = seeds.resolve("0000_copy.yaml");
            Files.copy(m4, copy);
            assertEquals("HH:MM:SS 0000_copy.yaml: ok\nHH:MM:SS " + A4 + ".yaml: 1 problem\n" + m4 + ":1:1: article '" + A4
                    + "' is already mapped by " + copy + " — keep all facts of one article in one mapping file [duplicate-article]\n",
                    log.next(3));
            Files.delete(copy);
            assertEquals("HH:MM:SS 0000_copy.yaml: deleted\nHH:MM:SS " + A4 + ".yaml: ok\n", log.next(2));

            // The article text changes: its mapping file is checked again (--strict: a sentence to map is a problem).
            Path t2 = seeds.resolve(A2 + ".txt");
            String text2 = Files.readString(t2);
            Files.writeString(t2, text2 + "\nUna frase nuova da mappare.\n");
            long newLine = text2.chars().filter(c -> c == '\n').count() + 2;
            assertEquals("HH:MM:SS " + A2 + ".yaml: 1 problem\n" + t2 + ":" + newLine + ":1: the sentence"
                    + " \"Una frase nuova da mappare.\" is neither cited by a fact nor set aside — map its claims as facts, or list"
                    + " it under 'unmapped:' with a reason [sentence-to-map]\n", log.next(2));
            Files.writeString(t2, text2);
            assertEquals("HH:MM:SS " + A2 + ".yaml: ok\n", log.next(1));

            // entities.yaml: everything again, printed as kg validate prints it.
            Path entities = seeds.resolve("entities.yaml");
            String goodEntities = Files.readString(entities);
            Files.writeString(entities, goodEntities.replace("id: scale-ai\n", "id: scale-ay\n"));
            Kg.Run broken = Kg.run("validate", "--strict", "--project", project.toString());
            assertEquals(1, broken.exit());
            List<String> lines = broken.err().lines().toList();
            assertEquals("HH:MM:SS entities.yaml changed: checking everything\n" + broken.err(), log.next(lines.size() + 1));
            assertTrue(lines.get(lines.size() - 1).matches("\\d+ problems found; nothing was written\\."), broken.err());
            Files.writeString(entities, goodEntities);
            assertEquals("HH:MM:SS entities.yaml changed: checking everything\n" + validate.err(), log.next(2));
        } finally {
            watch.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        }
        assertEquals(143, watch.waitFor());
        assertEquals("kg validate: stopped watching\n", log.next(1));
    }

    @Test
    void refusesCoverageWithWatch() {
        Kg.Run run = Kg.run("validate", "--watch", "--coverage");
        assertEquals(2, run.exit());
        assertEquals("kg validate: --coverage prints one report, and --watch does not end — run kg validate --coverage"
                + " on its own [usage]\n", run.err());
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}
