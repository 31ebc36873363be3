package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.io.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg build at the documented limits of a mapping file, and on a disk that fills up. */
class BuildBoundsTest {
    /** The largest mapping file, in characters: YamlFile's limit. */
    private static final int LIMIT = 8 * 1024 * 1024;

    /** The densest mapping file within the limit (about 74,000 minimal facts) builds in the launcher's 512 MB heap. */
    @Test
    @Tag("slow")
    void theLargestAllowedMappingFileBuildsIn512Mb(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Files.writeString(project.resolve("seeds/005_big.txt"), "Titolo grande\n\nMeta ha annunciato un investimento.\n");
        int facts = writeDenseMapping(project.resolve("seeds/005_big.yaml"), LIMIT);
        assertTrue(facts > 70_000, facts + " facts");
        Kg.Run run = buildIn512Mb(dir, project, "big.log");
        assertEquals(0, run.exit(), run.err());
        // The seeds' 91 facts, and the big file's.
        assertTrue(run.err().contains(": 6 articles, 37 entities, " + (facts + 91) + " facts, "), run.err());

        // One character more is refused with a coded error, before anything is built.
        Files.writeString(project.resolve("seeds/005_big.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(project.resolve("seeds/005_big.yaml"), "#".repeat(LIMIT), java.nio.file.StandardOpenOption.APPEND);
        Kg.Run over = Kg.run("validate", "--project", project.toString());
        assertEquals(1, over.exit());
        assertTrue(over.err().contains("[yaml-limit]") && over.err().contains("8388608"), over.err());
    }

    private static Kg.Run buildIn512Mb(Path dir, Path project, String log) throws InterruptedException, IOException {
        ProcessBuilder pb = KgProcess.builder(dir.resolve(log), "build", "--project", project.toString(),
                "--store", dir.resolve("store").toString());
        pb.command().addAll(1, List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        int exit = pb.start().waitFor();
        return new Kg.Run(exit, "", Files.readString(dir.resolve(log)));
    }

    /** Facts as small as the schema allows, up to {@code limit} characters; returns how many. */
    private static int writeDenseMapping(Path file, int limit) throws IOException {
        StringBuilder text = new StringBuilder("article:\n  file: 005_big.txt\n  title: Titolo grande\n  language: it\n\nfacts:\n");
        int n = 0;
        while (true) {
            String fact = "  - id: f" + n + "\n    subject: meta\n    relation: rivalOf\n    object: scale-ai\n"
                    + "    evidence: \"Meta ha annunciato un\"\n";
            if (text.length() + fact.length() > limit) {
                break;
            }
            text.append(fact);
            n++;
        }
        Files.writeString(file, text);
        return n;
    }

    /** A disk that fills during a build: a coded error, exit 1, and the previous graph still answers. */
    @Test
    void aFullDiskIsACodedErrorAndTheOldStoreStays(@TempDir Path dir) {
        try (SmallDisk disk = SmallDisk.mount(dir, 64 * 1024)) {
            Path project = TestProjects.seedProject(dir.resolve("p"));
            String store = disk.path().resolve("store").toString();
            assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store).exit());
            disk.fill(300 * 1024);
            String diskFull = "kg build: the disk holding " + store + " is full, and the build stopped; the store still holds"
                    + " the previous graph — free some space, or build elsewhere with --store DIR [disk-full]\n";
            Kg.Run full = Kg.run("build", "--full", "--project", project.toString(), "--store", store);
            assertEquals(1, full.exit(), full.err());
            assertEquals(diskFull, full.err());
            // An incremental build copies the store's data first, and meets the full disk there.
            Path mapping = project.resolve("seeds/002_cf741e01a53c0ac0.yaml");
            try {
                java.nio.file.Files.writeString(mapping, java.nio.file.Files.readString(mapping) + "\n# edited\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Kg.Run incremental = Kg.run("build", "--project", project.toString(), "--store", store);
            assertEquals(1, incremental.exit(), incremental.err());
            assertEquals(diskFull, incremental.err());
            Kg.Run count = Kg.run("query", "--project", project.toString(), "--store", store, "--format", "csv",
                    "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            assertEquals(0, count.exit(), count.err());
            assertEquals("n\n2647\n", count.out().replace("\r", ""));
        }
    }
}
