package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sentence that no fact cites and no passage sets aside: a warning, and a failure under --strict. */
class SentenceToMapTest {

    /** A project of two companies and one article whose one fact, Acme investing in Beta, quotes {@code quote}. */
    private static Path project(Path dir, String text, String quote) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Path seeds = project.resolve("seeds");
        Files.writeString(seeds.resolve("entities.yaml"), """
                entities:
                  - {id: acme, type: Company, label: {en: Acme, it: Acme}}
                  - {id: beta, type: Company, label: {en: Beta, it: Beta}}
                """);
        Files.writeString(seeds.resolve("a1.txt"), text);
        Files.writeString(seeds.resolve("a1.yaml"), """
                article: {file: a1.txt, title: Acme, language: it}
                facts:
                  - id: acme-invests-in-beta
                    subject: acme
                    relation: investsIn
                    object: beta
                    evidence: "%s"
                """.formatted(quote));
        return project;
    }

    @Test
    void aSentenceLeftOutWarnsAndFailsStrictValidation(@TempDir Path dir) throws IOException {
        Path project = project(dir, "Acme investe in Beta.\nUna scelta che farà discutere.\n", "Acme investe in Beta");
        Path seeds = project.resolve("seeds");
        String warning = seeds.resolve("a1.txt") + ":2:1: the sentence \"Una scelta che farà discutere.\" is neither cited by a"
                + " fact nor set aside — map its claims as facts, or list it under 'unmapped:' with a reason [sentence-to-map]";
        Kg.Run lenient = Kg.run("validate", "--project", project.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().startsWith("kg validate: warning: " + warning + "\n"), lenient.err());
        assertTrue(lenient.err().endsWith("; 1 sentence to map\n"), lenient.err());

        Kg.Run strict = Kg.run("validate", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertEquals(warning + "\n1 problem found; nothing was written.\n", strict.err());
    }

    @Test
    void theBuildWarnsAsValidateDoes(@TempDir Path dir) throws IOException {
        Path project = project(dir, "Acme investe 5 milioni di dollari in Beta.\n", "Acme investe 5 milioni di dollari in Beta");
        Path seeds = project.resolve("seeds");
        Kg.Run build = Kg.run("build", "--project", project.toString(), "--store", dir.resolve("store").toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().startsWith("kg build: warning: " + seeds.resolve("a1.txt") + ":1:14: figure '5 milioni'"
                + " in a cited sentence is not accounted for"), build.err());
    }
}
