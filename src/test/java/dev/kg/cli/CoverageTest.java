package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg validate --coverage}: every sentence of every article is cited by a fact, set aside, or listed as still
 * to map; every mention in a cited sentence is used by a fact citing it, set aside, or listed as not accounted for.
 */
class CoverageTest {

    @Test
    void everySentenceAndMentionOfTheSeedArticlesIsAccountedFor() {
        Kg.Run run = Kg.run("validate", "--coverage", "--strict", "--project", TestProjects.REPO.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                article               sentences  cited  set aside  to map  unaccounted
                000_9546f4cd82c692eb         56     17         39       0            0
                001_d5649c7f9c9adf91         34     10         24       0            0
                002_cf741e01a53c0ac0         31     16         15       0            0
                003_3a9745ee0dab3a5e         18     13          5       0            0
                004_a15e93869306b3ce          7      7          0       0            0
                all                         146     63         83       0            0
                """, run.out());
        assertEquals("ok: 5 articles, 37 entities, 91 facts checked\n", run.err());
    }

    /**
     * A clause with a company kg does not know and an amount, written into a sentence a fact already cites:
     * the sentence stays cited, but both mentions are listed where they stand, warned about, and fail --strict;
     * set aside, they are accounted for.
     */
    @Test
    void aNewCompanyAndAnAmountInACitedSentenceAreFlaggedUntilSetAside(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path article = project.resolve("seeds/003_3a9745ee0dab3a5e.txt");
        Files.writeString(article, Files.readString(article).replace("con sede a San Francisco.",
                "con sede a San Francisco, mentre Cohere ha raccolto 500 milioni di dollari."));

        Kg.Run coverage = Kg.run("validate", "--coverage", "--project", project.toString());
        assertEquals(0, coverage.exit(), coverage.err());
        assertEquals("""
                003_3a9745ee0dab3a5e         18     13          5       0            2
                all                         146     63         83       0            2
                seeds/003_3a9745ee0dab3a5e.txt:3:181: not accounted for: name "Cohere"
                seeds/003_3a9745ee0dab3a5e.txt:3:200: not accounted for: figure "500 milioni"
                """, coverage.out().lines().filter(l -> l.startsWith("003") || l.startsWith("all") || l.startsWith("seeds/"))
                .map(l -> l + "\n").reduce("", String::concat));

        Kg.Run warned = Kg.run("validate", "--project", project.toString());
        assertEquals(0, warned.exit());
        assertEquals("", warned.out());
        assertEquals("kg validate: warning: " + article + ":3:181: name 'Cohere' in a cited sentence is not accounted for — use it"
                + " in a fact that cites this sentence, or set it aside under 'unmapped:' with a passage around it and a reason"
                + " [unaccounted-mention]\n"
                + "kg validate: warning: " + article + ":3:200: figure '500 milioni' in a cited sentence is not accounted for —"
                + " use it in a fact that cites this sentence, or set it aside under 'unmapped:' with a passage around it and"
                + " a reason [unaccounted-mention]\n"
                + "ok: 5 articles, 37 entities, 91 facts checked; 2 mentions not accounted for\n", warned.err());

        Kg.Run strict = Kg.run("validate", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertEquals(article + ":3:181: name 'Cohere' in a cited sentence is not accounted for — use it in a fact that cites"
                + " this sentence, or set it aside under 'unmapped:' with a passage around it and a reason [unaccounted-mention]\n"
                + article + ":3:200: figure '500 milioni' in a cited sentence is not accounted for — use it in a fact that"
                + " cites this sentence, or set it aside under 'unmapped:' with a passage around it and a reason"
                + " [unaccounted-mention]\n"
                + "2 problems found; nothing was written.\n", strict.err());

        Path mapping = project.resolve("seeds/003_3a9745ee0dab3a5e.yaml");
        Files.writeString(mapping, Files.readString(mapping) + """
                  - passage: "mentre Cohere ha raccolto 500 milioni di dollari"
                    reason: out-of-scope
                    note: "another company's funding round"
                """);
        Kg.Run setAside = Kg.run("validate", "--coverage", "--strict", "--project", project.toString());
        assertEquals(0, setAside.exit(), setAside.err());
        assertEquals("ok: 5 articles, 37 entities, 91 facts checked\n", setAside.err());
    }

    /** An entity is matched in any case, and a figure by its value: "un miliardo" is a billion, "13,8 miliardi" 13.8 billion. */
    @Test
    void aMentionIsUsedByAFactThatCitesItsSentence(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path mapping = project.resolve("seeds/004_a15e93869306b3ce.yaml");
        // The funding round's figures are then used by no fact: both are listed.
        String text = Files.readString(mapping);
        Files.writeString(mapping, text.replace("amount: 1 billion USD\n    valuation: 13.8 billion USD", "amount: 2 billion USD")
                .replace("amount: 13.8 billion USD", "amount: 13.9 billion USD"));
        Kg.Run run = Kg.run("validate", "--coverage", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                seeds/004_a15e93869306b3ce.txt:5:81: not accounted for: figure "1 miliardo"
                seeds/004_a15e93869306b3ce.txt:5:139: not accounted for: figure "13,8 miliardi"
                """, run.out().lines().filter(l -> l.startsWith("seeds/")).map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void aSentenceNoFactCitesIsListedWhereItStands(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path mapping = project.resolve("seeds/003_3a9745ee0dab3a5e.yaml");
        // Drop the passage that sets aside the Bitcoin vote: the sentence is then still to map.
        String text = Files.readString(mapping);
        int at = text.indexOf("  - passage: \"Vale la pena notare");
        int end = text.indexOf("  - passage:", at + 1);
        Files.writeString(mapping, text.substring(0, at) + text.substring(end));

        Kg.Run run = Kg.run("validate", "--coverage", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                003_3a9745ee0dab3a5e         18     13          4       1            0
                all                         146     63         82       1            0
                seeds/003_3a9745ee0dab3a5e.txt:11:1: to map: "Vale la pena notare che di recente gli azionisti di Meta hanno votato a stragrande maggioranza cont…"
                """, run.out().lines().skip(4).filter(l -> !l.startsWith("004")).map(l -> l + "\n")
                .reduce("", String::concat));
    }

    @Test
    void anUnmappedPassageMustBeInTheArticleAndGiveAKnownReason(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path mapping = project.resolve("seeds/004_a15e93869306b3ce.yaml");
        Files.writeString(mapping, Files.readString(mapping) + """
                  - passage: "Meta compra Google"
                    reason: heading
                  - passage: "Scale AI continua a investire"
                    reason: opnion
                """);

        Kg.Run run = Kg.run("validate", "--project", project.toString());
        assertEquals(1, run.exit());
        assertEquals(mapping + ":126:14: the unmapped passage does not occur in seeds/004_a15e93869306b3ce.txt — copy"
                + " a passage of the article verbatim [quote-not-in-article]\n"
                + mapping + ":129:13: unknown reason 'opnion' — did you mean 'opinion'? [unknown-reason]\n"
                + "2 problems found; nothing was written.\n", run.err());
    }
}
