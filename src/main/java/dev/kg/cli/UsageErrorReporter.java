package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.ExitStatus;
import dev.kg.error.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Reports a command-line mistake in one line, with a pointer to the help, instead of the whole usage. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("kg: " + TerminalText.escapeLines(ex.getMessage()) + " " + ErrorCode.USAGE.tag());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitStatus.USAGE.code();
    }
}
