package dev.kg.cli;

import dev.kg.project.Project;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --project DIR}, {@code --store DIR} and {@code --verbose}: what every command that uses the store takes. */
final class StoreOptions {
    @Mixin
    ProjectOptions projectOptions;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store folder. Default: .kg/store in the project folder.")
    Path store;

    Project project() {
        return projectOptions.project();
    }

    /** The store folder: --store, or the project's own. */
    Path store(Project project) {
        return store != null ? store : project.defaultStore();
    }
}
