package dev.kg.cli;

import dev.kg.project.Project;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --project DIR} and {@code --verbose}: what every command that reads the project takes. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR",
            description = "The project folder (holding seeds/, ontology/, queries/). Default: the current folder or the nearest one above it.")
    Path project;

    @Mixin
    VerboseOption verbose;

    Project project() {
        return Project.locate(project, Path.of(""));
    }
}
