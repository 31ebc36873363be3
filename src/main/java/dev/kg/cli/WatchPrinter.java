package dev.kg.cli;

import dev.kg.build.WatchOperation;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.TerminalText;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code kg validate --watch} prints: a check of everything as {@code kg validate} prints it, and for each
 * file checked again a line "12:04:31 012_x.yaml: 2 problems" (or "ok", or "deleted") followed by the problems,
 * one located line each, and the coverage warnings of the file ({@code --strict} counts them as problems).
 */
final class WatchPrinter implements WatchOperation.Listener {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final PrintStream err;
    private final boolean strict;
    private CoverageWarnings warnings = new CoverageWarnings();

    WatchPrinter(PrintStream err, boolean strict) {
        this.err = err;
        this.strict = strict;
    }

    @Override
    public void article(List<Entity> entities, Article article) {
        warnings.add(entities, article);
    }

    @Override
    public void checkingAll(String cause) {
        err.println(now() + " " + TerminalText.escape(cause) + ": checking everything");
    }

    @Override
    public void checkedAll(WatchOperation.AllChecked verdict) {
        if (!verdict.problems().isEmpty()) {
            err.println(TerminalText.escapeLines(new ProblemsFound(verdict.problems()).getMessage()));
        } else if (strict && !warnings.all().isEmpty()) {
            err.println(TerminalText.escapeLines(new ProblemsFound(warnings.all()).getMessage()));
        } else {
            warnings.warn("validate", err);
            err.println(ValidateCommand.okLine(verdict.articles(), verdict.entities(), verdict.facts(), warnings));
        }
        warnings = new CoverageWarnings();
    }

    @Override
    public void watching(List<Path> folders) {
        err.println("kg validate: watching " + folders.stream().map(f -> TerminalText.escape(f.toString()))
                .collect(Collectors.joining(" and ")) + " (Ctrl-C stops)");
    }

    @Override
    public void checked(WatchOperation.FileChecked verdict) {
        String file = now() + " " + TerminalText.escape(verdict.mappingFile().getFileName().toString()) + ": ";
        if (verdict.deleted()) {
            err.println(file + "deleted");
        } else {
            List<Problem> problems = new ArrayList<>(verdict.problems());
            if (strict) {
                problems.addAll(warnings.all());
            }
            int n = problems.size();
            err.println(file + (n == 0 ? "ok" : n + (n == 1 ? " problem" : " problems")));
            problems.forEach(p -> err.println(TerminalText.escapeLines(p.toString())));
            if (!strict) {
                warnings.warn("validate", err);
            }
        }
        warnings = new CoverageWarnings();
    }

    @Override
    public void failed(KgException e) {
        // As ErrorReporter prints them: located problems as they are, any other error after the command's name.
        err.println(e instanceof ProblemsFound ? TerminalText.escapeLines(e.getMessage())
                : "kg validate: " + TerminalText.escapeLines(e.getMessage()) + " " + e.code().tag());
    }

    private static String now() {
        return LocalTime.now().format(CLOCK);
    }
}
