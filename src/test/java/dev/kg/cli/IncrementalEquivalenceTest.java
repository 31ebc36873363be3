package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of edits to a generated corpus (mappings and articles edited, articles added, deleted and
 * renamed), each followed by an incremental build and a full build into another store: their N-Quads and
 * Turtle exports are byte-identical after every step. {@code -Dkg.seed=S} replays a run; {@code -Dkg.steps=N}
 * sets its length.
 */
@Tag("slow") // a full build of 200 generated articles after every step
class IncrementalEquivalenceTest {
    private static final long SEED = Long.getLong("kg.seed", 20261202L);
    private static final int STEPS = Integer.getInteger("kg.steps", 8);
    private static final Pattern AMOUNT = Pattern.compile("amount: (over |about )?(\\d+) (billion|million) USD");

    @Test
    void incrementalBuildsExportWhatFullBuildsDo(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("corpus");
        CorpusGenerator.main(new String[] {project.toString(), "200", "5"});
        Path incremental = dir.resolve("incremental");
        Path full = dir.resolve("full");
        Kg.Run first = Kg.run("build", "--project", project.toString(), "--store", incremental.toString());
        assertEquals(0, first.exit(), first.err());
        Random random = new Random(SEED);
        int next = 1;
        int incrementalBuilds = 0;
        for (int step = 1; step <= STEPS; step++) {
            String where = "seed " + SEED + ", step " + step;
            List<String> done = new ArrayList<>();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                done.add(editOnce(project.resolve("seeds"), random, next++));
            }
            Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", incremental.toString());
            assertEquals(0, run.exit(), where + " " + done + ": " + run.err());
            // Every few steps the garbage passes half the store's data, and the build is a full one.
            assertTrue(run.err().startsWith("incremental: ") || run.err().matches("(?s)full build: \\d+% of the store's .*"),
                    where + ": " + run.err());
            incrementalBuilds += run.err().startsWith("incremental: ") ? 1 : 0;
            Kg.Run reference = Kg.run("build", "--full", "--project", project.toString(), "--store", full.toString());
            assertEquals(0, reference.exit(), where + ": " + reference.err());
            assertEquals(Kg.nquads(project, full), Kg.nquads(project, incremental), where + " " + done + ": N-Quads differ");
            assertEquals(export(project, full), export(project, incremental), where + " " + done + ": Turtle differs");
        }
        Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", incremental.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(incrementalBuilds > STEPS / 2, incrementalBuilds + " of " + STEPS + " builds were incremental");
    }

    private static String export(Path project, Path store) {
        Kg.Run run = Kg.run("export", "--project", project.toString(), "--store", store.toString(), "--with-ontology");
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    /** One random edit; says what it did. */
    private static String editOnce(Path seeds, Random random, int serial) throws IOException {
        List<Path> mappings;
        try (Stream<Path> files = Files.list(seeds)) {
            mappings = files.filter(p -> p.getFileName().toString().matches("\\d+\\.yaml")).sorted().toList();
        }
        Path mapping = mappings.get(random.nextInt(mappings.size()));
        String id = mapping.getFileName().toString().replace(".yaml", "");
        Path text = seeds.resolve(id + ".txt");
        switch (random.nextInt(5)) {
            case 0 -> {
                String yaml = Files.readString(mapping);
                Matcher m = AMOUNT.matcher(yaml);
                String changed = m.find() ? yaml.substring(0, m.start(2)) + (Integer.parseInt(m.group(2)) + 1 + random.nextInt(9))
                        + yaml.substring(m.end(2)) : yaml.replaceFirst("title: \"", "title: \"Ancora: ");
                Files.writeString(mapping, changed);
                return "edited the mapping of " + id;
            }
            case 1 -> {
                Files.writeString(text, Files.readString(text) + "\nAggiornamento " + serial + ".\n");
                return "edited the text of " + id;
            }
            case 2 -> {
                String copy = "%06d".formatted(900000 + serial);
                Files.copy(text, seeds.resolve(copy + ".txt"));
                Files.writeString(seeds.resolve(copy + ".yaml"), Files.readString(mapping).replace(id + ".txt", copy + ".txt"));
                return "added " + copy + " as a copy of " + id;
            }
            case 3 -> {
                Files.delete(mapping);
                Files.delete(text);
                return "deleted " + id;
            }
            default -> {
                String renamed = "%06d".formatted(800000 + serial);
                Files.move(text, seeds.resolve(renamed + ".txt"));
                Files.writeString(seeds.resolve(renamed + ".yaml"), Files.readString(mapping).replace(id + ".txt", renamed + ".txt"));
                Files.delete(mapping);
                return "renamed " + id + " to " + renamed;
            }
        }
    }
}
