package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.hostile.HostileMappings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded corpus of malformed mapping files ({@code -Dkg.hostile=N}, default 1000; {@code -Dkg.seed=S} replays;
 * {@code -Dkg.hostile.keep=DIR} keeps the files that failed):
 * each gets exit code 1 and errors that name the file and line, with no stack trace, and the store is untouched.
 */
@Tag("slow") // a thousand hostile files
class HostileMappingsTest {
    private static final int COUNT = Integer.getInteger("kg.hostile", 1000);
    private static final long SEED = Long.getLong("kg.seed", 1123L);
    private static final int LONGEST_LINE = 600;

    @Test
    void everyMalformedMappingGetsALocatedErrorAndTheStoreIsUntouched(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/a1.txt"), HostileMappings.ARTICLE);
        Files.writeString(project.resolve("seeds/entities.yaml"), HostileMappings.ENTITIES);
        Path mapping = project.resolve("seeds/a1.yaml");
        Files.writeString(mapping, HostileMappings.VALID);
        String store = dir.resolve("store").toString();
        Kg.Run first = Kg.run("build", "--project", project.toString(), "--store", store);
        assertEquals(0, first.exit(), first.err());
        String before = snapshot(Path.of(store));

        Pattern located = Pattern.compile(Pattern.quote(project.resolve("seeds").toString())
                + "/[^:]+:\\d+:\\d+: .+ — .+ \\[[a-z0-9]+(?:-[a-z0-9]+)*\\]");
        Pattern summary = Pattern.compile("\\d+ problems? found; nothing was written\\.");
        HostileMappings corpus = new HostileMappings(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            HostileMappings.Mutant mutant = corpus.next(i);
            Files.write(mapping, mutant.bytes());
            Kg.Run run = i % 10 == 0
                    ? Kg.run("build", "--project", project.toString(), "--store", store)
                    : Kg.run("validate", "--project", project.toString());
            kinds.merge(mutant.kind(), 1, Integer::sum);
            List<String> lines = run.err().lines().toList();
            String why = null;
            if (run.exit() != 1) {
                why = "exit " + run.exit();
            } else if (!run.out().isEmpty()) {
                why = "wrote to stdout";
            } else if (lines.isEmpty() || !summary.matcher(lines.get(lines.size() - 1)).matches()) {
                why = "no summary line";
            } else if (lines.stream().anyMatch(l -> l.length() > LONGEST_LINE)) {
                why = "a line longer than " + LONGEST_LINE + " characters";
            } else if (!lines.subList(0, lines.size() - 1).stream().allMatch(l -> located.matcher(l).matches())) {
                why = "an error without file:line:column and fix";
            }
            if (why != null) {
                String shown = run.err().lines().limit(3).map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                        .collect(Collectors.joining(" | "));
                failures.add("#" + i + " " + mutant.kind() + ": " + why + ": " + shown);
                if (System.getProperty("kg.hostile.keep") != null) {
                    Path kept = Files.createDirectories(Path.of(System.getProperty("kg.hostile.keep")));
                    Files.write(kept.resolve(i + "-" + mutant.kind() + ".yaml"), mutant.bytes());
                }
            }
        }
        System.out.printf("kg.hostile: %d malformed files (seed %d), %d not rejected cleanly; by kind %s%n",
                COUNT, SEED, failures.size(), kinds);
        assertEquals(List.of(), failures, "replay with -Dkg.seed=" + SEED);
        assertEquals(before, snapshot(Path.of(store)), "the store was touched");
    }

    /** Every file of the store with its size and modification time. */
    private static String snapshot(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return store.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
