package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build} after an edit reads only the mapping files that changed, replaces their graphs in one step,
 * and leaves a store whose exports are byte for byte those of a full build of the same inputs; a change to what
 * every article depends on is a full build, and says why.
 */
class IncrementalBuildTest {
    private static final String ARTICLE_002 = "seeds/002_cf741e01a53c0ac0.yaml";

    @TempDir
    Path dir;

    private Path project;
    private Path store;

    private Kg.Run build(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--project", project.toString(), "--store", store.toString()));
        args.addAll(List.of(more));
        return Kg.run(args.toArray(String[]::new));
    }

    private void start() {
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        Kg.Run first = build();
        assertEquals(0, first.exit(), first.err());
    }

    /** The store's exports, N-Quads and Turtle, equal a full build's of the same project into a new store. */
    private void assertSameAsFullBuild(String label) {
        Path fresh = dir.resolve("full-" + label);
        Kg.Run full = Kg.run("build", "--project", project.toString(), "--store", fresh.toString());
        assertEquals(0, full.exit(), full.err());
        assertEquals(Kg.nquads(project, fresh), Kg.nquads(project, store), label);
        assertEquals(turtle(fresh), turtle(store), label);
        Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, check.exit(), check.err());
    }

    private String turtle(Path s) {
        Kg.Run run = Kg.run("export", "--project", project.toString(), "--store", s.toString(), "--with-ontology");
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private static String firstLine(Kg.Run run) {
        return run.err().lines().findFirst().orElse("");
    }

    @Test
    void anEditedAmountIsReadAgainAloneAndTheQuerySeesIt() throws IOException {
        start();
        edit(ARTICLE_002, "amount: over 10 billion USD", "amount: over 12 billion USD");
        Kg.Run run = build();
        assertEquals(0, run.exit(), run.err());
        assertEquals("incremental: 1 changed, 0 added, 0 removed", firstLine(run));
        assertTrue(run.err().lines().filter(l -> l.startsWith("built ")).findFirst().orElseThrow()
                .matches("built .*: 5 articles, 37 entities, 91 facts, 2647 triples in .* s \\(.*\\); data [\\d.,]+ MB, \\d+% garbage"), run.err());
        Kg.Run query = Kg.run("query", "investments", "--param", "company=scale-ai", "--format", "csv",
                "--project", project.toString(), "--store", store.toString());
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().contains("Meta,Scale AI,over 12 billion USD,,14-25 billion USD,in talks,002_cf741e01a53c0ac0,"),
                query.out());
        assertSameAsFullBuild("edit");
    }

    @Test
    void anEditedArticleTextIsAChange() throws IOException {
        start();
        edit("seeds/004_a15e93869306b3ce.txt", "\n", "\n\n");
        Kg.Run run = build();
        assertEquals(0, run.exit(), run.err());
        assertEquals("incremental: 1 changed, 0 added, 0 removed", firstLine(run));
        assertSameAsFullBuild("text");
    }

    @Tag("slow") // six builds, each compared with a full one
    @Test
    void addedRemovedAndRenamedArticles() throws IOException {
        start();
        Path seeds = project.resolve("seeds");
        Files.copy(seeds.resolve("004_a15e93869306b3ce.txt"), seeds.resolve("006_copy.txt"));
        Files.writeString(seeds.resolve("006_copy.yaml"), Files.readString(seeds.resolve("004_a15e93869306b3ce.yaml"))
                .replace("file: 004_a15e93869306b3ce.txt", "file: 006_copy.txt"));
        Kg.Run added = build();
        assertEquals("incremental: 0 changed, 1 added, 0 removed", firstLine(added), added.err());
        assertTrue(added.err().contains(": 6 articles,"), added.err());
        assertSameAsFullBuild("added");

        Files.delete(seeds.resolve("003_3a9745ee0dab3a5e.yaml"));
        Kg.Run removed = build();
        assertEquals("incremental: 0 changed, 0 added, 1 removed", firstLine(removed), removed.err());
        assertTrue(removed.err().contains(": 5 articles,"), removed.err());
        assertSameAsFullBuild("removed");

        Files.move(seeds.resolve("001_d5649c7f9c9adf91.txt"), seeds.resolve("001_renamed.txt"));
        Files.move(seeds.resolve("001_d5649c7f9c9adf91.yaml"), seeds.resolve("001_renamed.yaml"));
        edit("seeds/001_renamed.yaml", "file: 001_d5649c7f9c9adf91.txt", "file: 001_renamed.txt");
        Kg.Run renamed = build();
        assertEquals("incremental: 0 changed, 1 added, 1 removed", firstLine(renamed), renamed.err());
        assertSameAsFullBuild("renamed");
    }

    @Tag("slow") // five full builds
    @Test
    void aChangeToTheEntitiesOrAskingForItIsAFullBuildThatSaysWhy() throws IOException {
        start();
        edit("seeds/entities.yaml", "Alexandr Wang", "Alexandr  Wang");
        Kg.Run entities = build();
        assertEquals(0, entities.exit(), entities.err());
        assertEquals("full build: entities changed", firstLine(entities));
        assertSameAsFullBuild("entities");

        Kg.Run full = build("--full");
        assertEquals(0, full.exit(), full.err());
        assertEquals("full build: --full", firstLine(full));

        edit("ontology/shapes.ttl", "\n", "\n\n");
        assertEquals("full build: shapes changed", firstLine(build()));
        edit("ontology/kg.ttl", "\n", "\n\n");
        assertEquals("full build: ontology changed", firstLine(build()));
    }

    @Test
    void nothingChangedLeavesTheStoreAsItWas() throws IOException {
        start();
        List<String> before = listing(store);
        Kg.Run run = build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().matches("nothing changed: " + java.util.regex.Pattern.quote(store.toString())
                + " holds the graph of 5 articles, 2647 triples; data [\\d.,]+ MB, \\d+% garbage\n"), run.err());
        assertEquals(before, listing(store));
    }

    /** A problem that spans mapping files is found by an incremental build as a full build finds it, word for word. */
    @Test
    void problemsAcrossMappingFilesAreTheFullBuildsProblems() throws IOException {
        start();
        String graph = Kg.nquads(project, store);
        Path seeds = project.resolve("seeds");
        // A new mapping file, sorted before the unchanged one that maps the same article.
        Files.writeString(seeds.resolve("000_again.yaml"), Files.readString(seeds.resolve("003_3a9745ee0dab3a5e.yaml")));
        edit(ARTICLE_002, "amount: over 10 billion USD", "amount: over 12 billion USD");
        edit(ARTICLE_002, "evidence: \"", "evidence: \"Forse ");
        Kg.Run incremental = build();
        Kg.Run full = Kg.run("build", "--project", project.toString(), "--store", dir.resolve("fresh").toString());
        assertEquals(1, incremental.exit(), incremental.err());
        assertTrue(incremental.err().contains("[duplicate-article]"), incremental.err());
        assertTrue(incremental.err().contains("[quote-not-in-article]"), incremental.err());
        assertEquals(full.err(), incremental.err());
        assertEquals(graph, Kg.nquads(project, store));
    }

    @Test
    void aShapeViolationInAChangedArticleIsTheFullBuildsToo() throws IOException {
        start();
        edit(ARTICLE_002, "status: in-talks", "status: former");
        Kg.Run incremental = build();
        Kg.Run full = Kg.run("build", "--project", project.toString(), "--store", dir.resolve("fresh").toString());
        assertEquals(1, incremental.exit(), incremental.err());
        assertEquals(full.err(), incremental.err());
        assertNotEquals("", full.err());
    }

    private static List<String> listing(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                    .map(f -> {
                        try {
                            return store.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sorted().toList();
        }
    }
}
