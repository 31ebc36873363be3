package dev.kg.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show the stack trace behind an error. Read by {@link ErrorReporter}. */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Show the full stack trace when something fails.")
    boolean verbose;
}
