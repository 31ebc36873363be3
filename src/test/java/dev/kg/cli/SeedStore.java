package dev.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One store built from the repository's seeds through the real CLI, shared by the tests that only read it. */
final class SeedStore {
    private static Path store;

    private SeedStore() {
    }

    static synchronized String path() {
        if (store == null) {
            try {
                store = Files.createTempDirectory("kg-seed-store").resolve("store");
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
