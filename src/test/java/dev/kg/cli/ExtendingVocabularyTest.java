package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curator extends the vocabulary in the project's ontology alone — a relation with its claim class, an entity
 * type and a role — and maps a fact with them: validation, the build, describe, path and the vocabulary list
 * pick them up with no change to kg.
 */
class ExtendingVocabularyTest {

    private static final String EXTENSION = """

            kg:University a owl:Class ; rdfs:subClassOf kg:Organization ;
                rdfs:label "university"@en , "università"@it ;
                rdfs:comment "A place of higher learning."@en , "Un luogo di istruzione superiore."@it .
            kg:Mentorship a owl:Class ; rdfs:subClassOf kg:Claim ;
                rdfs:label "mentorship"@en , "tutoraggio"@it ;
                rdfs:comment "A claim that one person mentors another."@en , "Un'affermazione che una persona fa da mentore a un'altra."@it .
            kg:mentors a owl:ObjectProperty ;
                rdfs:domain kg:Person ; rdfs:range kg:Person ; kg:claimClass kg:Mentorship ;
                rdfs:label "mentors"@en , "fa da mentore a"@it ;
                rdfs:comment "The subject mentors the object."@en , "Il soggetto fa da mentore all'oggetto."@it .
            kg:CFO a owl:NamedIndividual , skos:Concept ;
                skos:inScheme kg:Roles ; skos:prefLabel "CFO"@en , "direttore finanziario"@it ;
                rdfs:label "CFO"@en , "direttore finanziario"@it ;
                rdfs:comment "The person in charge of an organisation's finances."@en , "La persona responsabile delle finanze."@it .
            """;

    @Test
    void aRelationAnEntityTypeAndAConceptAddedToTheOntologyAreUsableAtOnce(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("ontology/kg.ttl"), EXTENSION, StandardOpenOption.APPEND);
        Path seeds = project.resolve("seeds");
        Files.writeString(seeds.resolve("entities.yaml"), """
                entities:
                  - {id: ada, type: Person, label: {en: Ada Rossi, it: Ada Rossi}}
                  - {id: bruno, type: Person, label: {en: Bruno Bianchi, it: Bruno Bianchi}}
                  - {id: politecnico, type: University, label: {en: Politecnico, it: Politecnico}}
                """);
        Files.writeString(seeds.resolve("a1.txt"), "Ada Rossi fa da mentore a Bruno Bianchi al Politecnico, dove è direttore finanziario.\n");
        Files.writeString(seeds.resolve("a1.yaml"), """
                article: {file: a1.txt, title: Mentori, language: it}
                facts:
                  - id: ada-mentors-bruno
                    subject: ada
                    relation: mentors
                    object: bruno
                    evidence: "Ada Rossi fa da mentore a Bruno Bianchi"
                  - id: bruno-works-for-politecnico
                    subject: bruno
                    relation: worksFor
                    object: politecnico
                    role: direttore finanziario
                    evidence: "al Politecnico, dove è direttore finanziario"
                """);
        String[] where = {"--project", project.toString(), "--store", dir.resolve("store").toString()};
        Kg.Run build = Kg.run(concat(new String[] {"build"}, where));
        assertEquals(0, build.exit(), build.err());

        Kg.Run describe = Kg.run(concat(new String[] {"describe", "Ada Rossi"}, where));
        assertTrue(describe.out().contains("\nmentors\n  Bruno Bianchi  [a1]\n"), describe.out());
        Kg.Run path = Kg.run(concat(new String[] {"path", "ada", "politecnico"}, where));
        assertEquals(0, path.exit(), path.err());
        assertTrue(path.out().startsWith("Ada Rossi —mentors→ Bruno Bianchi —works for→ Politecnico\n"), path.out());
        Kg.Run role = Kg.run(concat(new String[] {"query", "people-by-role", "--param", "role=CFO", "--format", "csv"}, where));
        assertEquals("person,concept,organisation,wording,status,article\n"
                + "Bruno Bianchi,CFO,Politecnico,direttore finanziario,reported,a1\n", role.out().replace("\r\n", "\n"));

        Kg.Run vocabulary = Kg.run("vocabulary", "--project", project.toString());
        assertTrue(vocabulary.out().contains("      University — university / università\n"), vocabulary.out());
        assertTrue(vocabulary.out().contains("  mentors — mentors / fa da mentore a: Person → Person\n"
                + "      SPARQL: ?claim a kg:Mentorship ; kg:subject ?subject ; kg:object ?object ; kg:statedIn ?article ."), vocabulary.out());
        assertTrue(vocabulary.out().contains("    CFO — CFO / direttore finanziario\n"), vocabulary.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
