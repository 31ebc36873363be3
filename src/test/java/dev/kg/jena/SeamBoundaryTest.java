package dev.kg.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Jena's non-public APIs are used in dev.kg.jena only, and dev.kg.jena uses nothing of kg but its lowest layer, dev.kg.error. */
class SeamBoundaryTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path SEAM = SOURCES.resolve("dev/kg/jena");
    private static final Pattern INTERNAL = Pattern.compile(
            "tdb2\\.sys|tdb2\\.store|tdb2\\.loader\\.(base|main|sequential|basic)|dboe|shacl\\.validation|shacl\\.engine"
            + "|TDBInternal|CoLib|BPlusTree|VLib|ValidationContext");

    @Test
    void noCodeOutsideTheSeamTouchesJenaInternals() throws IOException {
        assertEquals(List.of(), matches(SOURCES, INTERNAL, file -> !file.startsWith(SEAM)));
    }

    @Test
    void theSeamUsesNothingOfKgButErrors() throws IOException {
        assertEquals(List.of(), matches(SEAM, Pattern.compile("import dev\\.kg\\.(?!error\\.)"), file -> true));
    }

    private static List<String> matches(Path root, Pattern pattern, Predicate<Path> which) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).filter(which).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
