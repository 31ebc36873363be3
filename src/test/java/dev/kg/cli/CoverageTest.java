package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg validate --coverage}: every sentence of every article is cited by a fact, set aside, or listed as still to map. */
class CoverageTest {

    @Test
    void everySentenceOfTheSeedArticlesIsCitedOrSetAside() {
        Kg.Run run = Kg.run("validate", "--coverage", "--project", TestProjects.REPO.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                article               sentences  cited  set aside  to map
                000_9546f4cd82c692eb         56     17         39       0
                001_d5649c7f9c9adf91         34     11         23       0
                002_cf741e01a53c0ac0         31     16         15       0
                003_3a9745ee0dab3a5e         18     13          5       0
                004_a15e93869306b3ce          7      7          0       0
                all                         146     64         82       0
                """, run.out());
    }

    @Test
    void aSentenceNoFactCitesIsListedWhereItStands(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path mapping = project.resolve("seeds/003_3a9745ee0dab3a5e.yaml");
        // Drop the passage that sets aside the Bitcoin vote: the sentence is then still to map.
        String text = Files.readString(mapping);
        int at = text.indexOf("  - passage: \"Vale la pena notare");
        Files.writeString(mapping, text.substring(0, at));

        Kg.Run run = Kg.run("validate", "--coverage", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                003_3a9745ee0dab3a5e         18     13          4       1
                all                         146     64         81       1
                seeds/003_3a9745ee0dab3a5e.txt:11:1: to map: "Vale la pena notare che di recente gli azionisti di Meta hanno votato a stragrande maggioranza cont…"
                """, run.out().lines().skip(4).filter(l -> !l.startsWith("004")).map(l -> l + "\n")
                .reduce("", String::concat));
    }

    @Test
    void anUnmappedPassageMustBeInTheArticleAndGiveAKnownReason(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path mapping = project.resolve("seeds/004_a15e93869306b3ce.yaml");
        Files.writeString(mapping, Files.readString(mapping) + """

                unmapped:
                  - passage: "Meta compra Google"
                    reason: heading
                  - passage: "Scale AI continua a investire"
                    reason: opnion
                """);

        Kg.Run run = Kg.run("validate", "--project", project.toString());
        assertEquals(1, run.exit());
        assertEquals(mapping + ":118:14: the unmapped passage does not occur in seeds/004_a15e93869306b3ce.txt — copy"
                + " a passage of the article verbatim [quote-not-in-article]\n"
                + mapping + ":121:13: unknown reason 'opnion' — did you mean 'opinion'? [unknown-reason]\n"
                + "2 problems found; nothing was written.\n", run.err());
    }
}
