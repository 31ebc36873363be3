package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are found in any case, so two entities may not share a name that differs only in case. */
class EntityNamesTest {

    @Test
    void aNameThatDiffersOnlyInCaseIsADuplicate(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Path entities = project.resolve("seeds/entities.yaml");
        Files.writeString(entities, """
                entities:
                  - {id: acme, type: Company, label: {en: Acme, it: Acme}}
                  - {id: acme-two, type: Company, label: {en: Acme Two, it: Acme Due}, aliases: [ACME]}
                """);
        Kg.Run run = Kg.run("validate", "--project", project.toString());
        assertEquals(1, run.exit());
        assertEquals(entities + ":3:10: the name 'ACME' of 'acme-two' already names 'acme' — a label or alias may name one"
                + " entity only; remove it from one of them [duplicate-name]\n1 problem found; nothing was written.\n", run.err());
    }
}
