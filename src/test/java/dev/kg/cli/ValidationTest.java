package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of mapping problem, reported with its location and fix, with nothing written. */
class ValidationTest {
    private static final String ARTICLE = """
            Meta ha acquisito una partecipazione del 49% in Scale AI.
            Alexandr Wang entra in Meta.
            """;

    private static final String ENTITIES = """
            entities:
              - id: meta
                type: Company
                label: {en: Meta, it: Meta}
              - id: scale-ai
                type: Startup
                label: {en: Scale AI, it: Scale AI}
                aliases: [Scale]
              - id: alexandr-wang
                type: Persn
                label: {en: Alexandr Wang, it: Alexandr Wang}
              - id: meta
                type: Company
                label: {en: Meta bis, it: Meta bis}
            """;

    private static final String MAPPING = """
            article:
              file: a1.txt
              title: Prova
              language: it
            facts:
              - id: meta-invests
                subject: meta
                relation: investIn
                object: scale-ai
                amount: 14 miliardi USD
                stake: 149%
                date: 2025-13
                evidence: "Meta ha acquisito una partecipazione del 51% in Scale AI"
              - id: meta-invests
                subject: Scale
                relation: investsIn
                object: scale-aj
                amout: 10 billion USD
                status: done
                evidence: "Meta ha acquisito"
            """;

    @Test
    void reportsEveryProblemOfOneRunWithLocationAndFix(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/a1.txt"), ARTICLE);
        Files.writeString(project.resolve("seeds/entities.yaml"), ENTITIES);
        Files.writeString(project.resolve("seeds/a1.yaml"), MAPPING);
        Files.writeString(project.resolve("seeds/a2.yaml"), "article:\n  file: a1.txt\n  title: [oops\nfacts:\n");
        Path store = dir.resolve("store");

        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());

        String a1 = project.resolve("seeds/a1.yaml").toString();
        String a2 = project.resolve("seeds/a2.yaml").toString();
        String entities = project.resolve("seeds/entities.yaml").toString();
        String article = project.resolve("seeds/a1.txt").toString();
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals(String.join("\n",
                a1 + ":8:15: unknown relation 'investIn' — did you mean 'investsIn'? [unknown-relation]",
                a1 + ":10:13: malformed amount '14 miliardi USD' — write it as '10 billion USD', 'over 10 billion USD',"
                        + " 'about 29 billion USD', 'up to 65 billion USD' or '14-25 billion USD' [malformed-value]",
                a1 + ":11:12: malformed stake '149%' — write one percentage above 0 and at most 100, e.g. '49%', and/or kinds of"
                        + " stake such as 'minority, no board seat', separated by commas [malformed-value]",
                a1 + ":12:11: malformed date '2025-13' — write " + dev.kg.mapping.FactDate.FORMS + " [malformed-value]",
                a1 + ":13:15: the evidence quote does not occur in seeds/a1.txt — the quote matches the article up to"
                        + " \"…eta ha acquisito una partecipazione del \", then has \"51% in Scale AI…\" where the article"
                        + " has \"49% in Scale AI. Alexandr Wang entra in …\"; copy the passage verbatim [quote-not-in-article]",
                a1 + ":14:9: duplicate fact id 'meta-invests' — fact ids must be unique in their file; the first is at line 6 [duplicate-id]",
                a1 + ":15:14: unknown entity 'Scale' in 'subject' — 'Scale' is a name of 'scale-ai'; write its id 'scale-ai' [unknown-entity]",
                a1 + ":17:13: unknown entity 'scale-aj' in 'object' — did you mean 'scale-ai'? [unknown-entity]",
                a1 + ":18:5: unknown key 'amout' in a fact — did you mean 'amount'? [unknown-key]",
                a1 + ":19:13: unknown status 'done' — use one of the statuses: actual, closed, completed, former, in-talks,"
                        + " open, projected, reported, rumoured, winding-down [unknown-status]",
                a2 + ":4:6: YAML syntax: expected ',' or ']', but got : — check indentation and quoting near"
                        + " here; quote text containing ': ' or '#' [yaml-syntax]",
                entities + ":10:11: unknown entity type 'Persn' — did you mean 'Person'? [unknown-entity-type]",
                entities + ":12:9: duplicate entity id 'meta' — entity ids must be unique; the first is at line 2 [duplicate-id]",
                "13 problems found; nothing was written.", ""), run.err());
        assertFalse(Files.exists(store), "a failed build must not even create the store");
        assertEquals(article, project.resolve("seeds/a1.txt").toString());
    }

    @Test
    void refusesASubjectOutsideTheRelationsDomain(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/a1.txt"), ARTICLE);
        Files.writeString(project.resolve("seeds/entities.yaml"), ENTITIES.replace("Persn", "Person")
                .substring(0, ENTITIES.indexOf("  - id: meta\n    type: Company\n    label: {en: Meta bis")));
        Files.writeString(project.resolve("seeds/a1.yaml"), """
                article: {file: a1.txt, title: Prova, language: it}
                facts:
                  - id: wang-invests
                    subject: alexandr-wang
                    relation: investsIn
                    object: scale-ai
                    evidence: "Alexandr Wang entra in Meta."
                  - id: meta-joins
                    subject: meta
                    relation: joins
                    object: alexandr-wang
                    evidence: "Alexandr Wang entra in Meta."
                  - id: no-evidence
                    subject: meta
                    relation: valuedAt
                    object: scale-ai
                """);

        Kg.Run run = Kg.run("validate", "--project", project.toString());

        String a1 = project.resolve("seeds/a1.yaml").toString();
        assertEquals(1, run.exit());
        assertEquals(String.join("\n",
                a1 + ":4:14: relation 'investsIn' needs its subject to be of type Organization, but 'alexandr-wang' is a Person"
                        + " — use a subject of type Organization, or another relation [wrong-entity-type]",
                a1 + ":9:14: relation 'joins' needs its subject to be of type Person, but 'meta' is a Company"
                        + " — use a subject of type Person, or another relation [wrong-entity-type]",
                a1 + ":11:13: relation 'joins' needs its object to be of type Organization, but 'alexandr-wang' is a Person"
                        + " — use an object of type Organization, or another relation [wrong-entity-type]",
                a1 + ":13:5: a fact has no 'evidence' — add 'evidence: \"the passage of the article that states it,"
                        + " copied verbatim\"' (no fact without grounding) [missing-key]",
                a1 + ":13:5: relation 'valuedAt' needs an 'amount' — add 'amount:' written as '10 billion USD',"
                        + " 'over 10 billion USD', 'about 29 billion USD', 'up to 65 billion USD' or '14-25 billion USD' [needs-amount]",
                a1 + ":16:13: relation 'valuedAt' takes no 'object' — give its figure as 'amount:' and remove 'object:' [takes-no-object]",
                "6 problems found; nothing was written.", ""), run.err());
    }

    @Test
    void aFailedBuildLeavesTheExistingStoreAsItWas(@TempDir Path dir) throws IOException {
        TestProjects.Rebuild rebuild = TestProjects.rebuildAfterEdit(dir, "001_d5649c7f9c9adf91.yaml", "stake: 49%, non-controlling", "stake: 149%");

        assertEquals(1, rebuild.run().exit());
        assertEquals(rebuild.mapping() + ":12:12: malformed stake '149%' — write one percentage above 0 and at most 100,"
                + " e.g. '49%', and/or kinds of stake such as 'minority, no board seat', separated by commas [malformed-value]\n"
                + "1 problem found; nothing was written.\n", rebuild.run().err());
    }
}
