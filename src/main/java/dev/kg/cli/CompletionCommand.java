package dev.kg.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints picocli's completion script for kg, which bash runs as is and zsh through bashcompinit. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a shell completion script for kg: commands, options and output formats.",
            "bash: source it, or save it in ~/.local/share/bash-completion/completions/kg.",
            "zsh: run 'autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit' first."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg completion > ~/.local/share/bash-completion/completions/kg",
            "  source <(kg completion)"})
final class CompletionCommand implements Runnable {
    private final Console console;

    @Spec
    CommandSpec spec;

    CompletionCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        console.out().print(AutoComplete.bash("kg", spec.parent().commandLine()));
        console.out().flush();
    }
}
