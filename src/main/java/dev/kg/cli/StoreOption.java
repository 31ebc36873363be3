package dev.kg.cli;

import dev.kg.project.Project;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the TDB2 store, by default inside the project. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store folder. Default: .kg/store in the project folder.")
    Path store;

    Path resolve(Project project) {
        return store != null ? store : project.defaultStore();
    }
}
