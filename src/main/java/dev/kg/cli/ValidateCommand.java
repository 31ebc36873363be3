package dev.kg.cli;

import dev.kg.build.BuildOperation;
import dev.kg.mapping.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the mapping files in seeds/ against the ontology and their articles, and writes nothing.",
            "Every problem is reported as file:line:column: what is wrong — how to fix it."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg validate", "  kg validate --project path/to/project"})
final class ValidateCommand implements Runnable {
    private final Console console;

    @Mixin
    ProjectOption project;

    @Mixin
    VerboseOption verbose;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Curation curation = BuildOperation.validate(project.resolve()).curation();
        console.err().printf("ok: %d articles, %d entities, %d facts checked%n",
                curation.articles().size(), curation.entities().size(), curation.factCount());
    }
}
