package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.ExitStatus;
import dev.kg.error.KgException;
import dev.kg.error.ProblemsFound;
import dev.kg.error.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place that reports a failed command: a user error as its message alone, anything else as one
 * line asking for a report; text from the user's files escaped for the terminal. The stack trace only with --verbose.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof ProblemsFound problems) {
            err.println(TerminalText.escapeLines(problems.getMessage()));
            code = problems.status().code();
        } else if (ex instanceof KgException user) {
            err.println("kg " + cmd.getCommandName() + ": " + TerminalText.escapeLines(user.getMessage()) + " " + user.code().tag());
            code = user.status().code();
        } else {
            err.println("kg " + cmd.getCommandName() + ": internal error: " + TerminalText.escapeLines(String.valueOf(ex))
                    + " — please report it, with the output of the same command run with --verbose " + ErrorCode.INTERNAL.tag());
            code = ExitStatus.INTERNAL.code();
        }
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
