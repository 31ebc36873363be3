package dev.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.error.ProblemsFound;
import dev.kg.project.Project;
import dev.kg.store.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds one after another in one session, told which files changed: what each reads again, and what it writes. */
class BuildSessionTest {
    private static final String READING_THE_ENTITIES = "reading and checking the entities";

    @TempDir
    Path dir;

    private Project project;
    private Path store;
    private Path m2;
    private BuildSession session;
    private final List<String> phases = new ArrayList<>();

    @BeforeEach
    void firstBuild() {
        project = new Project(TestProjects.seedProject(dir.resolve("p")));
        store = dir.resolve("store");
        m2 = project.seeds().resolve("002_cf741e01a53c0ac0.yaml");
        session = BuildSession.open(project, store, Loader.PACKED);
        BuildReport first = build(Optional.empty()).orElseThrow();
        assertEquals(BuildMode.Kind.FULL, first.mode().kind());
        assertTrue(phases.contains(READING_THE_ENTITIES), phases.toString());
    }

    private Optional<BuildReport> build(Optional<Set<Path>> named) {
        phases.clear();
        return session.build(named, phases::add, (entities, article) -> { });
    }

    private Optional<BuildReport> built(Path... named) {
        return build(Optional.of(Set.of(named)));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private void assertSameAsFullBuild() {
        Path fresh = dir.resolve("full");
        BuildOperation.build(project, fresh);
        assertEquals(Kg.nquads(project.root(), fresh), Kg.nquads(project.root(), store));
    }

    @Test
    @Tag("slow") // two full builds and two exports
    void theOntologyShapesAndEntitiesAreReadAgainOnlyWhenTheirFilesChange() throws IOException {
        edit(m2, "amount: over 10 billion USD", "amount: over 12 billion USD");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), built(m2).orElseThrow().mode());
        assertEquals(false, phases.contains(READING_THE_ENTITIES), phases.toString());

        // Saved with the same bytes: nothing to build.
        Files.writeString(project.shapes(), Files.readString(project.shapes()));
        assertEquals(Optional.empty(), built(project.shapes()));

        Path entities = project.seeds().resolve("entities.yaml");
        edit(entities, "Alexandr Wang", "Alexandr  Wang");
        assertEquals(BuildMode.full("entities changed"), built(entities).orElseThrow().mode());
        assertTrue(phases.contains(READING_THE_ENTITIES), phases.toString());

        edit(m2, "amount: over 12 billion USD", "amount: over 13 billion USD");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), built(m2).orElseThrow().mode());
        assertEquals(false, phases.contains(READING_THE_ENTITIES), phases.toString());
        assertSameAsFullBuild();
    }

    @Test
    void onlyTheNamedFilesAreComparedUntilNoneAreNamed() throws IOException {
        Path m4 = project.seeds().resolve("004_a15e93869306b3ce.yaml");
        edit(m2, "amount: over 10 billion USD", "amount: over 12 billion USD");
        edit(m4, "\n", "\n\n");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), built(m2).orElseThrow().mode());
        // Not told what changed: every file is compared, as kg build compares them.
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), build(Optional.empty()).orElseThrow().mode());
        assertEquals(BuildMode.Kind.UNCHANGED, build(Optional.empty()).orElseThrow().mode().kind());

        // An article's text named: the mapping file that reads it is read again.
        Path text = project.seeds().resolve("004_a15e93869306b3ce.txt");
        edit(text, "\n", "\n\n");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), built(text).orElseThrow().mode());
    }

    @Test
    void theRecordIsReadFromTheStoreWhenAnotherBuildWroteIt() throws IOException {
        edit(m2, "amount: over 10 billion USD", "amount: over 12 billion USD");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), BuildOperation.build(project, store).mode());
        // The other build's record holds the edit: nothing is left to do.
        BuildReport after = built(m2).orElseThrow();
        assertEquals(BuildMode.Kind.UNCHANGED, after.mode().kind());
        assertEquals(5, after.articles());
        edit(m2, "amount: over 12 billion USD", "amount: over 13 billion USD");
        assertEquals(new BuildMode(BuildMode.Kind.INCREMENTAL, null, 1, 0, 0), built(m2).orElseThrow().mode());
    }

    @Test
    void anArticleMappedAgainIsReportedAsAFullBuildReportsItAndForgottenWhenTheFileGoes() throws IOException {
        Path again = project.seeds().resolve("000_again.yaml");
        Files.writeString(again, Files.readString(project.seeds().resolve("003_3a9745ee0dab3a5e.yaml")));
        ProblemsFound found = assertThrows(ProblemsFound.class, () -> built(again));
        ProblemsFound full = assertThrows(ProblemsFound.class, () -> BuildOperation.build(project, dir.resolve("fresh")));
        assertEquals(full.getMessage(), found.getMessage());
        assertTrue(found.getMessage().contains("[duplicate-article]"), found.getMessage());

        Files.delete(again);
        assertEquals(BuildMode.Kind.UNCHANGED, built(again).orElseThrow().mode().kind());
        // A file kg does not read is a problem, as for kg build, until it goes.
        Path notes = project.seeds().resolve("notes.md");
        Files.writeString(notes, "x");
        assertEquals("[unexpected-file]", assertThrows(ProblemsFound.class, () -> built(notes)).problems().get(0).code().tag());
        Files.delete(notes);
        assertEquals(BuildMode.Kind.UNCHANGED, built(notes).orElseThrow().mode().kind());
    }
}
