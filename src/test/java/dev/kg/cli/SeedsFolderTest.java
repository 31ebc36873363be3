package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.hostile.HostileMappings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry in seeds/ is read or reported with a location and a code: nothing is skipped silently, a FIFO
 * is never opened, and text from the files is shown with invisible and control characters escaped.
 */
@Timeout(60) // a FIFO opened for reading would block for ever
class SeedsFolderTest {

    private static Path project(Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/a1.txt"), HostileMappings.ARTICLE);
        Files.writeString(project.resolve("seeds/entities.yaml"), HostileMappings.ENTITIES);
        Files.writeString(project.resolve("seeds/a1.yaml"), HostileMappings.VALID);
        return project;
    }

    private static Kg.Run validate(Path project) {
        return Kg.run("validate", "--project", project.toString());
    }

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "no mkfifo here");
    }

    @Test
    void mappingFilesEndingInYamlOrYmlInAnyCaseAreRead(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path seeds = project.resolve("seeds");
        Files.move(seeds.resolve("a1.yaml"), seeds.resolve("a1.YAML"));
        Files.writeString(seeds.resolve("a2.txt"), HostileMappings.ARTICLE);
        Files.writeString(seeds.resolve("a2.yml"), HostileMappings.VALID.replace("a1.txt", "a2.txt"));
        Files.writeString(seeds.resolve(".a3.yaml.swp"), "an editor's file");
        Kg.Run run = validate(project);
        assertEquals(0, run.exit(), run.err());
        assertEquals("ok: 2 articles, 3 entities, 4 facts checked\n", run.err());
    }

    @Test
    void whatCannotBeReadAsAMappingIsReportedNotSkipped(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path seeds = project.resolve("seeds");
        Files.createSymbolicLink(seeds.resolve("b.yaml"), Path.of("gone.yaml"));
        mkfifo(seeds.resolve("c.yaml"));
        Files.createDirectory(seeds.resolve("d.yaml"));
        Files.writeString(seeds.resolve("notes.md"), "to do");
        Files.createDirectory(seeds.resolve("old"));

        Kg.Run run = validate(project);

        String s = seeds + "/";
        String fix = " — kg reads a mapping file only from a regular file or a link to one [not-a-file]";
        String unexpected = ": seeds/ holds entities.yaml, mapping files (*.yaml) and articles (*.txt) — move it out of"
                + " seeds/ (names starting with '.' are left alone) [unexpected-file]";
        assertEquals(1, run.exit());
        assertEquals(String.join("\n",
                s + "b.yaml:1:1: this mapping file is a symbolic link to gone.yaml, which does not exist" + fix,
                s + "c.yaml:1:1: this mapping file is a FIFO (named pipe), not a regular file" + fix,
                s + "d.yaml:1:1: this mapping file is a folder, not a regular file" + fix,
                s + "notes.md:1:1: kg does not read this file" + unexpected,
                s + "old:1:1: kg does not read this folder" + unexpected,
                "5 problems found; nothing was written.\n"), run.err());
    }

    @Test
    void anArticleOrEntitiesFileThatIsAFifoIsReportedNotOpened(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path seeds = project.resolve("seeds");
        Files.delete(seeds.resolve("a1.txt"));
        mkfifo(seeds.resolve("a1.txt"));
        Kg.Run run = validate(project);
        assertEquals(1, run.exit());
        assertEquals(seeds.resolve("a1.yaml") + ":2:9: cannot read " + seeds.resolve("a1.txt") + ": it is a FIFO (named pipe),"
                + " not a regular file — make it a regular file, or a link to one [not-a-file]\n"
                + "1 problem found; nothing was written.\n", run.err());

        Files.delete(seeds.resolve("entities.yaml"));
        mkfifo(seeds.resolve("entities.yaml"));
        run = validate(project);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(seeds.resolve("entities.yaml") + ":1:1: this entities file is a FIFO (named pipe),"
                + " not a regular file — make it a regular file with an 'entities:' list [not-a-file]\n"), run.err());
    }

    @Test
    void aNulByteIsAnInvalidCharacterAtItsPlace(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path mapping = project.resolve("seeds/a1.yaml");
        Files.writeString(mapping, HostileMappings.VALID.replace("title: Prova", "title: Pro\0va"));
        Kg.Run run = validate(project);
        assertEquals(1, run.exit());
        assertEquals(mapping + ":3:13: the character <U+0000> (NUL) is not allowed in a YAML file — delete it; a quote"
                + " needs only the article's visible text [invalid-character]\n1 problem found; nothing was written.\n", run.err());
    }

    @Test
    void invisibleAndControlCharactersAreShownEscaped(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path mapping = project.resolve("seeds/a1.yaml");
        Files.writeString(mapping, HostileMappings.VALID
                .replace("Meta investe 14 miliardi", "Meta investe 14\u200B miliardi")
                .replace("Alexandr Wang entra", "Alexandr Wang en\u00ADtra")
                .replace("status: completed", "status: \"done\\e[2J\"")
                .replace("relation: joins", "relation: \"jo\u202Eins\""));
        Kg.Run run = validate(project);
        assertEquals(1, run.exit());
        String err = run.err();
        assertTrue(err.contains(":13:15: the evidence quote does not occur in seeds/a1.txt — the quote matches the"
                + " article up to \"…Meta investe 14\", then has \"<U+200B> miliardi in Scale AI…\" where the article"
                + " has \" miliardi in Scale AI."), err);
        assertTrue(err.contains(":19:15: the evidence quote does not occur in seeds/a1.txt — the quote matches the"
                + " article up to \"…Alexandr Wang en\", then has \"<U+00AD>tra in Meta…\""), err);
        assertTrue(err.contains("unknown status 'done<U+001B>[2J'"), err);
        assertTrue(err.contains("unknown relation 'jo<U+202E>ins'"), err);
        assertFalse(err.chars().anyMatch(c -> c == 0x1B || c == 0x202E || c == 0x200B || c == 0xAD), "no raw character");
    }
}
