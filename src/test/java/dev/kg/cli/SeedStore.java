package dev.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One store built from the repository's seeds through the real CLI, shared by the tests that only read it. */
final class SeedStore {
    private static Path store;

    private SeedStore() {
    }

    static synchronized String path() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("kg-seed-store");
                store = dir.resolve("store");
                // Shared until the test JVM ends, so removed then rather than by any one test.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Kg.Run run = Kg.run("build", "--project", TestProjects.REPO.toString(), "--store", store.toString());
            if (run.exit() != 0) {
                throw new IllegalStateException("the seed build failed: " + run.err());
            }
        }
        return store.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder; the system clears it in the end.
        }
    }

    /** Runs kg against the seed store and the repository's project. */
    static Kg.Run kg(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = TestProjects.REPO.toString();
        all[args.length + 2] = "--store";
        all[args.length + 3] = path();
        return Kg.run(all);
    }
}
