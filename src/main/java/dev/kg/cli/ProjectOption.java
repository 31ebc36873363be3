package dev.kg.cli;

import dev.kg.project.Project;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --project DIR}: the project folder, found from the current folder when not given. */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR",
            description = "The project folder (holding seeds/, ontology/, queries/). Default: the current folder or the nearest one above it.")
    Path project;

    Project resolve() {
        return Project.locate(project, Path.of(""));
    }
}
