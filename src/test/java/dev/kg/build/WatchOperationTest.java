package dev.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.cli.TestProjects;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import dev.kg.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch on the seed project, in this JVM: what each burst of changes is reported as. */
class WatchOperationTest {
    private static final String A0 = "000_9546f4cd82c692eb";

    @Test
    void aFileSavedAgainIsCheckedAfreshAndFilesKgDoesNotReadAreLeftAlone(@TempDir Path dir) throws Exception {
        Project project = new Project(TestProjects.seedProject(dir.resolve("p")));
        Path seeds = project.seeds();
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        try (WatchOperation watch = WatchOperation.start(project)) {
            Thread running = new Thread(() -> watch.run(new Recorder(reports)));
            running.start();
            assertEquals("all: 0 problems, 5 articles, 37 entities, 91 facts", next(reports));
            assertEquals("watching", next(reports));

            Path m0 = seeds.resolve(A0 + ".yaml");
            String good = Files.readString(m0);
            String bad = good.replaceFirst("subject: meta\n", "subject: metaa\n");
            // Saved twice: the same one problem each time, nothing kept from the check before.
            for (int i = 0; i < 2; i++) {
                Files.writeString(m0, bad);
                assertEquals(A0 + ".yaml: [unknown entity 'metaa' in 'subject']", next(reports));
                Files.writeString(m0, good);
                assertEquals(A0 + ".yaml: []", next(reports));
            }
            // Swap files, backups, notes, and a temporary mapping file gone within the burst: nothing to report.
            Files.writeString(seeds.resolve("." + A0 + ".yaml.swp"), "x");
            Files.writeString(seeds.resolve(A0 + ".yaml~"), bad);
            Files.writeString(seeds.resolve("notes.md"), "x");
            Path temporary = seeds.resolve("tmp-save.yaml");
            Files.writeString(temporary, bad);
            Files.delete(temporary);
            assertEquals(null, reports.poll(1, TimeUnit.SECONDS));

            watch.stop();
            running.join(10_000);
            assertEquals(false, running.isAlive());
        }
    }

    private static String next(BlockingQueue<String> reports) throws InterruptedException {
        return reports.poll(60, TimeUnit.SECONDS);
    }

    /** Each report as one line: what was checked and the problems' messages. */
    private record Recorder(BlockingQueue<String> reports) implements WatchOperation.Listener {
        @Override
        public void article(List<Entity> entities, Article article) {
        }

        @Override
        public void checkingAll(String cause) {
            reports.add("checking all: " + cause);
        }

        @Override
        public void checkedAll(WatchOperation.AllChecked verdict) {
            reports.add("all: " + verdict.problems().size() + " problems, " + verdict.articles() + " articles, "
                    + verdict.entities() + " entities, " + verdict.facts() + " facts");
        }

        @Override
        public void watching(List<Path> folders) {
            reports.add("watching");
        }

        @Override
        public void checked(WatchOperation.FileChecked verdict) {
            reports.add(verdict.mappingFile().getFileName() + (verdict.deleted() ? ": deleted"
                    : ": " + verdict.problems().stream().map(Problem::what).toList()));
        }

        @Override
        public void failed(KgException e) {
            reports.add("failed: " + e.getMessage());
        }
    }
}
