package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the vocabulary refuses, each at its place with its code: unknown concepts, relative dates without a publication date, bad sources. */
class VocabularyRefusalsTest {

    @Test
    void eachRefusalIsLocatedAndCoded(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Path seeds = project.resolve("seeds");
        Files.writeString(seeds.resolve("entities.yaml"), """
                entities:
                  - {id: ada, type: Person, label: {en: Ada Rossi, it: Ada Rossi}}
                  - {id: acme, type: Company, label: {en: Acme, it: Acme}}
                  - {id: beta, type: Company, label: {en: Beta, it: Beta}}
                """);
        Files.writeString(seeds.resolve("a1.txt"), "Ada Rossi guida Acme dall'inizio di quest'anno. Acme investe in Beta.\n");
        Files.writeString(seeds.resolve("a1.yaml"), """
                article:
                  file: a1.txt
                  title: Acme
                  language: it
                  url: notizie.example/acme
                  publisher: acme
                facts:
                  - id: ada-leads-acme
                    subject: ada
                    relation: leads
                    object: acme
                    role: amministratrice delegata
                    date: early this year
                    evidence: "Ada Rossi guida Acme dall'inizio di quest'anno"
                  - id: acme-invests-in-beta
                    subject: acme
                    relation: investsIn
                    object: beta
                    stake: 10%, minoritaria
                    includes: [ada-leads-acm]
                    evidence: "Acme investe in Beta"
                """);
        Kg.Run run = Kg.run("validate", "--project", project.toString());
        assertEquals(1, run.exit());
        String a1 = seeds.resolve("a1.yaml").toString();
        assertEquals(String.join("\n",
                a1 + ":5:8: malformed url 'notizie.example/acme' — give the article's web address as published, starting with"
                        + " https:// (leave 'url' out when you do not know it) [malformed-value]",
                a1 + ":6:14: the publisher must be of type NewsOutlet, but 'acme' is a Company — give the id of the news outlet"
                        + " that published the article [wrong-entity-type]",
                a1 + ":12:11: 'amministratrice delegata' names no concept of Roles for 'role' — did you mean 'amministratore delegato'?"
                        + " write a label of one of its concepts (kg vocabulary lists them), or add this wording as skos:altLabel of the"
                        + " concept it means in ontology/kg.ttl [unknown-concept]",
                a1 + ":13:11: the date 'early this year' is relative to the article's publication, which the mapping file does not"
                        + " give — add 'published:' to the 'article:' block (e.g. 'published: 2025-06-12', or '2025 inferred' when the"
                        + " text only implies it), or write the date itself [needs-published]",
                a1 + ":19:12: 'minoritaria' names no concept of StakeKinds for 'stake' — write a label of"
                        + " one of its concepts (kg vocabulary lists them), or add this wording as skos:altLabel of the concept it means"
                        + " in ontology/kg.ttl [unknown-concept]",
                a1 + ":20:16: 'includes' names 'ada-leads-acm', which is not another fact of this file — did you mean 'ada-leads-acme'?"
                        + " [unknown-fact]",
                "6 problems found; nothing was written.", ""), run.err());
    }
}
