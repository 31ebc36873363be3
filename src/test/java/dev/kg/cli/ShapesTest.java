package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build checks the graph against ontology/shapes.ttl and reports violations at the mapping file's lines. */
class ShapesTest {
    private static final String ARTICLE = """
            Scale AI ha registrato un fatturato di 870 milioni di dollari. Meta investe tra 14 e 25 miliardi in Scale AI.
            Microsoft è cliente di Scale AI.
            """;

    private static final String ENTITIES = """
            entities:
              - id: meta
                type: Company
                label: {en: Meta, it: Meta}
              - id: microsoft
                type: Company
                label: {en: Microsoft, it: Microsoft}
              - id: scale-ai
                type: Startup
                label: {en: Scale AI, it: Scale AI}
            """;

    private static final String MAPPING = """
            article:
              file: a1.txt
              title: Prova
              language: it
            facts:
              - id: revenue
                subject: scale-ai
                relation: revenue
                amount: 870 million USD
                evidence: "Scale AI ha registrato un fatturato di 870 milioni di dollari"
              - id: investment
                subject: meta
                relation: investsIn
                object: scale-ai
                amount: 14-25 billion USD
                status: open
                role: CEO
                evidence: "Meta investe tra 14 e 25 miliardi in Scale AI"
              - id: customer
                subject: microsoft
                relation: customerOf
                object: scale-ai
                stake: 10%
                interim: true
                evidence: "Microsoft è cliente di Scale AI"
            """;

    private static Path project(Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/a1.txt"), ARTICLE);
        Files.writeString(project.resolve("seeds/entities.yaml"), ENTITIES);
        Files.writeString(project.resolve("seeds/a1.yaml"), MAPPING);
        return project;
    }

    @Test
    void shapeViolationsAreReportedAtTheFieldThatCausedThem(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path store = dir.resolve("store");

        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());

        String a1 = project.resolve("seeds/a1.yaml").toString();
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals(String.join("\n",
                a1 + ":6:5: fact 'revenue': a revenue figure is actual or projected (value kg:Reported)"
                        + " — write 'status: actual' for a recorded figure or 'status: projected' for a forecast [shape-violation]",
                a1 + ":6:5: fact 'revenue': a revenue figure needs the year or date it is for"
                        + " — add 'date:' with the year (2025) the revenue is for [shape-violation]",
                a1 + ":16:13: fact 'investment': an investment is reported, rumoured, in talks or completed (value kg:Open)"
                        + " — write 'status:' as reported, rumoured, in-talks or completed [shape-violation]",
                a1 + ":16:13: fact 'investment': only an investigation or a lawsuit is open or closed (value kg:Open)"
                        + " — use status reported, rumoured, in-talks, completed, projected or actual [shape-violation]",
                a1 + ":17:11: fact 'investment': only a membership, leadership, employment or founding has a"
                        + " 'role' (value kg:Investment) — remove 'role:', or use the relation joins, leads, worksFor or foundedBy [shape-violation]",
                a1 + ":23:12: fact 'customer': only an investment has a 'stake' — remove 'stake:', or use the relation investsIn [shape-violation]",
                a1 + ":24:14: fact 'customer': only a membership, leadership or employment is 'interim'"
                        + " (value kg:CustomerRelationship) — remove 'interim:', or use the relation joins, leads or worksFor [shape-violation]",
                "7 problems found; nothing was written.", ""), run.err());
        assertFalse(Files.exists(store), "a failed build must not create the store");
    }

    @Test
    void aShapeViolationLeavesTheExistingStoreAsItWas(@TempDir Path dir) throws IOException {
        TestProjects.Rebuild rebuild = TestProjects.rebuildAfterEdit(dir, "000_9546f4cd82c692eb.yaml", "    date: last year                     # \"lo scorso anno\"\n", "");

        assertEquals(1, rebuild.run().exit());
        assertEquals(rebuild.mapping() + ":36:5: fact 'scale-ai-revenue-2024': a revenue figure needs the year or date it is for"
                + " — add 'date:' with the year (2025) the revenue is for [shape-violation]\n"
                + "1 problem found; nothing was written.\n", rebuild.run().err());
    }

    @Test
    void aTurtleErrorInTheShapesIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path shapes = project.resolve("ontology/shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes).replace(
                "kgsh:StakeShape a sh:NodeShape ;", "kgsh:StakeShape a sh:NodeShape ; sh:message message ;"));
        int line = Files.readAllLines(shapes).indexOf("kgsh:StakeShape a sh:NodeShape ; sh:message message ;") + 1;

        Kg.Run run = Kg.run("validate", "--project", project.toString());

        assertEquals(1, run.exit());
        assertEquals(shapes + ":" + line + ":45: Unrecognized keyword: message — fix the Turtle syntax of the shapes [turtle-syntax]\n"
                + "1 problem found; nothing was written.\n", run.err());
    }

    @Test
    void aMalformedShapeIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path shapes = project.resolve("ontology/shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes).replace("sh:minCount 2 ;", "sh:minCount \"two\" ;"));

        Kg.Run run = Kg.run("validate", "--project", project.toString());

        assertEquals(1, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("kg validate: " + shapes + ": not valid SHACL ("), run.err());
        assertTrue(run.err().endsWith(") — check the shapes against the SHACL recommendation,"
                + " or restore the file from the repository [invalid-shapes]\n"), run.err());
    }
}
