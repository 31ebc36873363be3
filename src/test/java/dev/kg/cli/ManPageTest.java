package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages come from the command definitions: one per command, with its options and examples. */
class ManPageTest {

    @Test
    void everyCommandHasAManPageWithItsOptions(@TempDir Path dir) throws IOException {
        assertEquals(0, ManPages.generate(dir.toFile()));
        List<String> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("kg-build.adoc", "kg-check.adoc", "kg-completion.adoc", "kg-curate.adoc", "kg-describe.adoc", "kg-export.adoc", "kg-help.adoc",
                "kg-path.adoc", "kg-push.adoc", "kg-queries.adoc", "kg-query.adoc", "kg-serve.adoc", "kg-validate.adoc", "kg-vocabulary.adoc",
                "kg.adoc"), pages);
        String push = Files.readString(dir.resolve("kg-push.adoc"));
        assertTrue(push.contains("= kg-push(1)"), push);
        assertTrue(push.contains("*--dry-run*"), push);
        assertTrue(push.contains("KG_PUSH_TOKEN"), push);
        String main = Files.readString(dir.resolve("kg.adoc"));
        assertTrue(main.contains("kg-serve(1)") || main.contains("*serve*"), main);
    }
}
