package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agreement's term ('duration:', a quantity like a count) and what a model was trained on ('material:',
 * concepts of kg:TrainingMaterials): built into the graph, shown by describe, and refused on claims that
 * cannot carry them.
 */
class DurationAndMaterialTest {

    private static final String ENTITIES = """
            entities:
              - {id: meta, type: Company, label: {en: Meta, it: Meta}}
              - {id: accordo, type: Agreement, label: {en: Nuclear agreement, it: Accordo nucleare}}
              - {id: defense-llama, type: AIModel, label: {en: Defense Llama, it: Defense Llama}}
              - {id: dod, type: GovernmentAgency, label: {en: DoD, it: DoD}}
            """;

    private static final String ARTICLE = "Meta ha siglato un accordo pluriennale da 20 anni per energia nucleare. "
            + "Defense Llama è stata tarata su documenti DoD e dottrine militari.\n";

    private static final String MAPPING = """
            article: {file: a1.txt, title: Prova, language: it}
            facts:
              - id: meta-signs
                subject: meta
                relation: signs
                object: accordo
                duration: %s
                evidence: "Meta ha siglato un accordo pluriennale da 20 anni"
              - id: trained
                subject: defense-llama
                relation: trainedOnDataFrom
                object: dod
                material: [documenti DoD, military doctrine]
            %s    evidence: "Defense Llama è stata tarata su documenti DoD e dottrine militari"
            """;

    private static String[] args(Path dir, String... command) {
        String[] where = {"--project", dir.resolve("p").toString(), "--store", dir.resolve("store").toString()};
        String[] all = new String[command.length + where.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(where, 0, all, command.length, where.length);
        return all;
    }

    private static Path project(Path dir, String duration, String extraOnTrained) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/entities.yaml"), ENTITIES);
        Files.writeString(project.resolve("seeds/a1.txt"), ARTICLE);
        Files.writeString(project.resolve("seeds/a1.yaml"), MAPPING.formatted(duration, extraOnTrained));
        return project;
    }

    @Test
    void aDurationIsAQuantityAndMaterialsAreConceptsAndDescribeShowsBoth(@TempDir Path dir) throws IOException {
        project(dir, "20 years", "");
        Kg.Run build = Kg.run(args(dir, "build"));
        assertEquals(0, build.exit(), build.err());

        Kg.Run duration = Kg.run(args(dir, "query", "--format", "csv", "-e", """
                SELECT ?label ?value ?unit ?bound WHERE { ?c kg:duration ?d . ?d a kg:Quantity ; rdfs:label ?label ;
                  kg:value ?value ; kg:unit ?unit ; kg:bound ?b . BIND(STRAFTER(STR(?b), "#") AS ?bound) }"""));
        assertEquals("label,value,unit,bound\n20 years,20.0,years,Exact\n", duration.out().replace("\r\n", "\n"), duration.err());
        Kg.Run materials = Kg.run(args(dir, "query", "--format", "csv", "-e", """
                SELECT ?material WHERE { ?c kg:trainingMaterial ?m . ?m skos:inScheme kg:TrainingMaterials .
                  BIND(STRAFTER(STR(?m), "#") AS ?material) } ORDER BY ?material"""));
        assertEquals("material\nDefenseDocuments\nMilitaryDoctrine\n", materials.out().replace("\r\n", "\n"), materials.err());

        Kg.Run meta = Kg.run(args(dir, "describe", "meta"));
        assertTrue(meta.out().contains("  Nuclear agreement — for 20 years  [a1]\n"), meta.out());
        Kg.Run model = Kg.run(args(dir, "describe", "defense-llama"));
        assertTrue(model.out().contains("  DoD — on DoD documents, military doctrine  [a1]\n"), model.out());
    }

    @Test
    void aMalformedDurationIsRefusedWhereItIsWritten(@TempDir Path dir) throws IOException {
        Path project = project(dir, "twenty years", "");
        Kg.Run validate = Kg.run("validate", "--project", project.toString());
        assertEquals(1, validate.exit());
        assertTrue(validate.err().contains("a1.yaml:7:15: malformed duration 'twenty years'"), validate.err());
        assertTrue(validate.err().contains("[malformed-value]"), validate.err());
    }

    @Test
    void aDurationOrAMaterialOnAnotherKindOfClaimIsAShapeViolation(@TempDir Path dir) throws IOException {
        project(dir, "20 years", "    duration: 5 years\n");
        Files.writeString(dir.resolve("p/seeds/a1.yaml"), Files.readString(dir.resolve("p/seeds/a1.yaml"))
                .replace("    duration: 20 years\n", "    material: dottrine militari\n"));
        Kg.Run build = Kg.run(args(dir, "build"));
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("fact 'meta-signs': only a training-data claim has a 'material'"), build.err());
        assertTrue(build.err().contains("fact 'trained': only a signing, contract or partnership has a 'duration'"), build.err());
        assertTrue(build.err().contains("[shape-violation]"), build.err());
    }
}
