package dev.kg.cli;

import dev.kg.error.ErrorCode;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParseResult;

/** Builds the kg command line, the same way for {@link Main} and for tests. */
public final class KgCommandLine {
    private KgCommandLine() {
    }

    /** kg's commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, BuildCommand.class, QueriesCommand.class,
            QueryCommand.class, VocabularyCommand.class, DescribeCommand.class, PathCommand.class, ExportCommand.class,
            ServeCommand.class, CurateCommand.class, PushCommand.class, CheckCommand.class, CompletionCommand.class,
            HelpCommand.class);
    /** The commands that speak of the others: they need every command built. */
    private static final Set<Class<?>> LISTING_COMMANDS = Set.of(CompletionCommand.class, HelpCommand.class);

    /** The whole command line, every command built. */
    public static CommandLine create(Console console) {
        return create(console, COMMANDS);
    }

    /**
     * The command line to run {@code args}: when they start with a command's name, only that command is built (but
     * for help and completion), as no other can take part. picocli builds a command by reading its annotations, and
     * building them all took about a tenth of a cold start; the output is the same either way.
     */
    public static CommandLine create(Console console, String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return create(console, LISTING_COMMANDS.contains(command) ? COMMANDS : List.of(command));
                }
            }
        }
        return create(console, COMMANDS);
    }

    private static CommandLine create(Console console, List<Class<?>> commands) {
        ConsoleFactory factory = new ConsoleFactory(console);
        CommandLine cl = new CommandLine(KgCommand.class, factory);
        for (Class<?> command : commands) {
            cl.addSubcommand(new CommandLine(command, factory));
        }
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
