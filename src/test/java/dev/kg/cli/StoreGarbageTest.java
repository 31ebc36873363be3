package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each incremental build leaves the blocks it replaced behind as garbage; once the garbage passes half the
 * store's data the next build is a full one, which says so, writes the data densely again, and leaves a store
 * whose exports are those of a full build. {@code kg check} reports the same size and share as the build.
 */
@Tag("slow") // dozens of builds of the seeds
class StoreGarbageTest {
    private static final Pattern SIZE = Pattern.compile("data ([\\d.,]+) MB, (\\d+)% garbage");
    private static final int MAX_BUILDS = 80;

    @Test
    void garbagePastHalfTheDataMakesTheNextBuildAFullOne(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path store = dir.resolve("store");
        Kg.Run first = Kg.run("build", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, first.exit(), first.err());
        double fresh = megabytes(first.err());
        Path mapping = project.resolve("seeds/002_cf741e01a53c0ac0.yaml");
        String original = Files.readString(mapping);
        int lastGarbage = 0;
        for (int build = 1; build <= MAX_BUILDS; build++) {
            Files.writeString(mapping, original.replace("amount: over 10 billion USD", "amount: over " + (10 + build) + " billion USD"));
            Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());
            assertEquals(0, run.exit(), run.err());
            String head = run.err().lines().findFirst().orElseThrow();
            if (head.startsWith("full build: ")) {
                Matcher why = Pattern.compile("full build: (\\d+)% of the store's [\\d.,]+ MB is garbage, over 50%; writing it anew")
                        .matcher(head);
                assertTrue(why.matches() && Integer.parseInt(why.group(1)) > 50 && lastGarbage > 50, head + " after " + lastGarbage + "%");
                assertEquals(0, garbage(run.err()), run.err());
                assertEquals(fresh, megabytes(run.err()), 0.05, run.err());
                Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
                assertEquals(0, check.exit(), check.err());
                assertEquals(0, garbage(check.out()), check.out());
                Path reference = dir.resolve("reference");
                assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", reference.toString()).exit());
                assertEquals(Kg.nquads(project, reference), Kg.nquads(project, store));
                System.out.printf("kg.garbage: a full build after %d incremental builds of the seeds (%.1f MB fresh)%n",
                        build - 1, fresh);
                return;
            }
            assertEquals("incremental: 1 changed, 0 added, 0 removed", head);
            int now = garbage(run.err());
            assertTrue(now >= lastGarbage, "garbage fell from " + lastGarbage + "% to " + now + "% without a full build");
            Kg.Run check = Kg.run("check", "--project", project.toString(), "--store", store.toString());
            assertEquals(now, garbage(check.out()), check.out());
            lastGarbage = now;
        }
        throw new AssertionError("no full build after " + MAX_BUILDS + " incremental builds; garbage " + lastGarbage + "%");
    }

    private static Matcher size(String printed) {
        Matcher m = SIZE.matcher(printed);
        assertTrue(m.find(), printed);
        return m;
    }

    private static double megabytes(String printed) {
        return Double.parseDouble(size(printed).group(1).replace(",", ""));
    }

    private static int garbage(String printed) {
        return Integer.parseInt(size(printed).group(2));
    }
}
