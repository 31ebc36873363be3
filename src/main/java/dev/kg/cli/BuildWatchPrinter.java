package dev.kg.cli;

import dev.kg.build.BuildReport;
import dev.kg.build.BuildWatch;
import dev.kg.error.KgException;
import dev.kg.error.ProblemsFound;
import dev.kg.error.TerminalText;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code kg build --watch} prints: the first build as {@code kg build} prints it, then for each build a
 * line "12:04:31 012_x.yaml changed" followed by what {@code kg build} prints of it, its summary or its problems.
 */
final class BuildWatchPrinter implements BuildWatch.Listener {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final PrintStream err;
    private final Path store;
    private CoverageWarnings warnings = new CoverageWarnings();

    BuildWatchPrinter(PrintStream err, Path store) {
        this.err = err;
        this.store = store;
    }

    @Override
    public void article(List<Entity> entities, Article article) {
        warnings.add(entities, article);
    }

    @Override
    public void built(Optional<String> cause, BuildReport report) {
        cause.ifPresent(this::because);
        BuildCommand.print(err, store, report, warnings);
        err.flush();
        warnings = new CoverageWarnings();
    }

    @Override
    public void failed(Optional<String> cause, KgException e) {
        cause.ifPresent(this::because);
        // As ErrorReporter prints them: located problems as they are, any other error after the command's name.
        err.println(e instanceof ProblemsFound ? TerminalText.escapeLines(e.getMessage())
                : "kg build: " + TerminalText.escapeLines(e.getMessage()) + " " + e.code().tag());
        err.flush();
        warnings = new CoverageWarnings();
    }

    @Override
    public void watching(List<Path> folders) {
        err.println("kg build: watching " + folders.stream().map(f -> TerminalText.escape(f.toString()))
                .collect(Collectors.joining(" and ")) + " (Ctrl-C stops)");
        err.flush();
    }

    private void because(String cause) {
        err.println(LocalTime.now().format(CLOCK) + " " + TerminalText.escape(cause));
    }
}
