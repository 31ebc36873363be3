package dev.kg.cli;

import dev.kg.error.ErrorCode;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the kg command line, the same way for {@link Main} and for tests. */
public final class KgCommandLine {
    private KgCommandLine() {
    }

    public static CommandLine create(Console console) {
        CommandLine cl = new CommandLine(KgCommand.class, new ConsoleFactory(console));
        cl.setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true));
        ErrorReporter errors = new ErrorReporter();
        cl.setExecutionExceptionHandler(errors);
        cl.setExecutionStrategy(result -> checkedOutput(cl, console, result, errors));
        cl.setParameterExceptionHandler(new UsageErrorReporter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * Runs the command, then checks standard output, the one place every command's output passes: a
     * {@link java.io.PrintStream} keeps its write errors to itself, so a full disk, {@code /dev/full} or a
     * closed pipe would otherwise end in exit 0 with the output cut short.
     */
    private static int checkedOutput(CommandLine cl, Console console, ParseResult result, ErrorReporter errors) {
        int code;
        try {
            code = new CommandLine.RunLast().execute(result);
        } catch (CommandLine.ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception ex ? ex : e;
            code = errors.handleExecutionException(cause, e.getCommandLine(), result);
        }
        cl.getOut().flush();
        if (!console.out().checkError()) {
            return code;
        }
        ParseResult last = result;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        cl.getErr().println(last.commandSpec().qualifiedName() + ": cannot write to standard output (the disk is full,"
                + " the reader closed the pipe, or the device refuses writes), so the output is incomplete — check where"
                + " standard output goes " + ErrorCode.OUTPUT_FAILED.tag());
        cl.getErr().flush();
        return code == 0 ? ErrorCode.OUTPUT_FAILED.status().code() : code;
    }

    /** Gives each command the console, when its constructor asks for one. */
    private record ConsoleFactory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
