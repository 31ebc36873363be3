package dev.kg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves checked as kg validate checks: written when sound, left alone on a problem, kept as a draft on request. */
class CurationWritesTest {
    private static final String QUOTE = "Jason Droege guida Scale AI ad interim, secondo Reuters";

    private static Path project(Path dir) throws Exception {
        Path p = TestProjects.seedProject(dir.resolve("p"));
        Files.writeString(p.resolve("seeds/005_esempio.txt"), "Scale AI cambia guida\n" + QUOTE
                + ". In passato Droege ha guidato Uber Eats.\nUna scelta che farà discutere.\n");
        Files.writeString(p.resolve("seeds/005_esempio.yaml"), """
                article:
                  file: 005_esempio.txt
                  title: Scale AI cambia guida
                  language: it

                facts:
                  - id: droege-leads-uber-eats
                    subject: jason-droege
                    relation: leads
                    object: uber-eats
                    status: former                        # "in passato"
                    evidence: "In passato Droege ha guidato Uber Eats"
                """);
        return p;
    }

    private static FactForm leads(String subject) {
        return new FactForm("", subject, "leads", "scale-ai", Map.of("interim", "true"), List.of("reuters"), List.of(QUOTE));
    }

    @Test
    void aSoundFactIsWrittenAndAProblemWritesNothing(@TempDir Path dir) throws Exception {
        Path p = project(dir);
        Path mapping = p.resolve("seeds/005_esempio.yaml");
        String before = Files.readString(mapping);
        CurationWrites writes = new CurationWrites(new Project(p));

        CurationWrites.Outcome refused = writes.saveFact(mapping, leads("jason-droge"), false);
        assertFalse(refused.written());
        assertEquals(List.of("unknown-entity"), refused.problems().stream().map(pr -> pr.code().id()).toList());
        assertEquals(mapping + ":14:14: unknown entity 'jason-droge' in 'subject' — did you mean 'jason-droege'? [unknown-entity]",
                refused.problems().get(0).toString());
        assertEquals(before, Files.readString(mapping));
        assertFalse(Files.exists(p.resolve(".kg/curate-check-" + ProcessHandle.current().pid())), "the scratch copy is removed");

        CurationWrites.Outcome saved = writes.saveFact(mapping, leads("jason-droege"), false);
        assertTrue(saved.written(), saved.problems().toString());
        assertEquals(before + """
                  - id: jason-droege-leads-scale-ai
                    subject: jason-droege
                    relation: leads
                    object: scale-ai
                    interim: true
                    attributedTo: reuters
                    evidence: "Jason Droege guida Scale AI ad interim, secondo Reuters"
                """, Files.readString(mapping));
        assertEquals(0, Kg.run("validate", "--project", p.toString()).exit());
    }

    @Test
    void aDraftIsKeptOnRequestRefusedByTheBuildAndClearedByTheNextSoundSave(@TempDir Path dir) throws Exception {
        Path p = project(dir);
        Path mapping = p.resolve("seeds/005_esempio.yaml");
        CurationWrites writes = new CurationWrites(new Project(p));

        CurationWrites.Outcome draft = writes.saveFact(mapping, leads("j-droege"), true);
        assertTrue(draft.written() && draft.draft());
        assertTrue(Files.readString(mapping).startsWith(YamlEdit.DRAFT_LINE + "\narticle:\n"));
        Kg.Run build = Kg.run("build", "--project", p.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, build.exit());
        assertTrue(build.err().contains(mapping + ":1:8: the mapping file is a draft kept with problems — fix the problems"
                + " listed with it (kg validate), then remove the line 'draft: true' [draft-file]\n"), build.err());
        assertFalse(Files.exists(dir.resolve("store")));

        // The unknown name becomes an entity; the next save is sound, so the file is no longer a draft.
        CurationWrites.Outcome entity = writes.saveEntity("j-droege", "Person", "J. Droege", "J. Droege", List.of());
        assertTrue(entity.written(), entity.problems().toString());
        CurationWrites.Outcome next = writes.setAside(mapping, "Una scelta che farà discutere.", "opinion", "", false);
        assertTrue(next.written() && !next.draft(), next.problems().toString());
        assertFalse(Files.readString(mapping).contains("draft"));
        assertEquals(0, Kg.run("validate", "--project", p.toString()).exit());
    }

    @Test
    void anEntityThatBreaksTheEntitiesFileIsNotWritten(@TempDir Path dir) throws Exception {
        Path p = project(dir);
        Path entities = p.resolve("seeds/entities.yaml");
        String before = Files.readString(entities);
        CurationWrites.Outcome o = new CurationWrites(new Project(p)).saveEntity("meta-2", "Compny", "Meta", "Meta", List.of());
        assertFalse(o.written());
        assertEquals(List.of("duplicate-name", "unknown-entity-type"), o.problems().stream().map(Problem::code)
                .map(c -> c.id()).sorted().toList());
        assertEquals(before, Files.readString(entities));
    }

    @Test
    void anArticleWithoutAMappingFileGetsOneWithItsArticleBlock(@TempDir Path dir) throws Exception {
        Path p = project(dir);
        Path article = p.resolve("seeds/006_nuovo.txt");
        Files.writeString(article, "\n  Un titolo: con due punti\nIl testo.\n");
        CurationWrites writes = new CurationWrites(new Project(p));

        CurationWrites.Outcome bad = writes.startMapping(article, "italiano");
        assertFalse(bad.written());
        assertEquals(List.of("invalid-language"), bad.problems().stream().map(pr -> pr.code().id()).toList());
        assertFalse(Files.exists(p.resolve("seeds/006_nuovo.yaml")));

        assertTrue(writes.startMapping(article, "it").written());
        assertEquals("article:\n  file: 006_nuovo.txt\n  title: \"Un titolo: con due punti\"\n  language: it\n\nfacts: []\n",
                Files.readString(p.resolve("seeds/006_nuovo.yaml")));
        KgException again = assertThrows(KgException.class, () -> writes.startMapping(article, "it"));
        assertEquals(ErrorCode.DUPLICATE_ARTICLE, again.code());
        assertEquals(0, Kg.run("validate", "--project", p.toString()).exit());
    }
}
