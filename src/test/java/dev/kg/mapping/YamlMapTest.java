package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlMapTest {

    private static YamlMap map(Path file, String yaml, List<Problem> problems) throws IOException {
        Files.writeString(file, yaml);
        return YamlFile.parse(file, problems).flatMap(n -> YamlMap.of(file, n, "a block", problems)).orElseThrow();
    }

    @Test
    void scalarsAndListsKeepTheirLocations(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.yaml");
        List<Problem> problems = new ArrayList<>();
        YamlMap m = map(file, "id: x\nlist: [a, b]\nblock:\n  - c\n  - d\nempty: ''\n", problems);
        assertEquals(Optional.of(new Scalar("x", new SourceLocation(file, 1, 5))), m.scalar("id"));
        assertEquals(List.of(new Scalar("a", new SourceLocation(file, 2, 8)), new Scalar("b", new SourceLocation(file, 2, 11))),
                m.scalars("list"));
        assertEquals(List.of("c", "d"), m.scalars("block").stream().map(Scalar::value).toList());
        assertEquals(List.of("x"), m.scalars("id").stream().map(Scalar::value).toList(), "one text reads as a list of one");
        assertEquals(Optional.empty(), m.scalar("missing"));
        assertEquals(List.of(), problems);
        m.scalar("empty");
        assertEquals(List.of("empty-value"), problems.stream().map(p -> p.code().id()).toList());
    }

    @Test
    void duplicateUnknownAndMissingKeysAreLocatedProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.yaml");
        List<Problem> problems = new ArrayList<>();
        YamlMap m = map(file, "id: x\nsubjct: y\nid: z\n", problems);
        m.rejectUnknownKeys(Set.of("id", "subject"), "a fact");
        assertEquals(Optional.empty(), m.required("subject", "a fact", "an entity id"));
        assertEquals(List.of(
                file + ":3:1: duplicate key 'id' — keep one 'id' in this block [duplicate-key]",
                file + ":2:1: unknown key 'subjct' in a fact — did you mean 'subject'? [unknown-key]"),
                problems.subList(0, 2).stream().map(Problem::toString).toList());
        assertEquals("missing-key", problems.get(2).code().id());
        assertTrue(problems.get(2).toString().contains("'subject'"), problems.get(2).toString());
    }

    @Test
    void aListWhereATextBelongsIsAWrongShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.yaml");
        List<Problem> problems = new ArrayList<>();
        YamlMap m = map(file, "id: [a, b]\n", problems);
        assertEquals(Optional.empty(), m.scalar("id"));
        assertEquals(List.of("wrong-shape"), problems.stream().map(p -> p.code().id()).toList());
        assertEquals(new SourceLocation(file, 1, 5), problems.get(0).where());
    }
}
