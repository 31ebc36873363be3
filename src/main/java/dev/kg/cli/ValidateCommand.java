package dev.kg.cli;

import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.build.WatchOperation;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.ProblemsFound;
import dev.kg.error.TerminalText;
import dev.kg.mapping.Article;
import dev.kg.mapping.SentenceCoverage.State;
import dev.kg.mapping.SentenceCoverage;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the mapping files in seeds/ against the ontology and their articles, and writes nothing.",
            "Every problem is reported as file:line:column: what is wrong — how to fix it."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg validate", "  kg validate --coverage", "  kg validate --coverage --strict",
            "  kg validate --watch", "  kg validate --project path/to/project"})
final class ValidateCommand implements Runnable {
    private static final int MAX_SHOWN = 100;
    private final Console console;

    @Mixin
    ProjectOptions options;

    @Option(names = "--coverage",
            description = "Also print, per article, how many sentences facts cite, how many the mapping sets aside "
                    + "as unmapped, how many are still to map and how many mentions in cited sentences are not "
                    + "accounted for, and where each of them is.")
    boolean coverage;

    @Option(names = "--strict",
            description = "Fail (exit 1) on sentences still to map and mentions not accounted for, instead of warning about them.")
    boolean strict;

    @Option(names = "--watch",
            description = "Validate once, then again on every save in seeds/ or ontology/: a mapping file or its article"
                    + " is checked alone and its problems printed; entities.yaml, the ontology or the shapes check everything."
                    + " Runs until Ctrl-C.")
    boolean watch;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (watch) {
            if (coverage) {
                throw new KgException(ErrorCode.USAGE, "--coverage prints one report, and --watch does not end — "
                        + "run kg validate --coverage on its own");
            }
            watch();
            return;
        }
        List<SentenceCoverage.Report> reports = new ArrayList<>();
        CoverageWarnings warnings = new CoverageWarnings();
        BuildReport report = BuildOperation.validate(options.project(), BuildOperation.Progress.NONE,
                (entities, article) -> {
                    SentenceCoverage.Report r = warnings.add(entities, article);
                    if (coverage) {
                        reports.add(r);
                    }
                });
        if (coverage) {
            printCoverage(reports);
        }
        if (strict && !warnings.all().isEmpty()) {
            throw new ProblemsFound(warnings.all());
        }
        warnings.warn("validate", console.err());
        console.err().println(okLine(report.articles(), report.entities(), report.facts(), warnings));
    }

    /** What kg validate prints when all is well. */
    static String okLine(int articles, int entities, int facts, CoverageWarnings warnings) {
        return String.format("ok: %d articles, %d entities, %d facts checked%s", articles, entities, facts, warnings.summary());
    }

    /** Until Ctrl-C or SIGTERM, which stop the watch and let this thread say so before the JVM goes. */
    private void watch() {
        WatchOperation watching = WatchOperation.start(options.project());
        SignalStop signal = SignalStop.on(watching::stop);
        try (watching) {
            watching.run(new WatchPrinter(console.err(), strict));
        } finally {
            console.err().println("kg validate: stopped watching");
            console.err().flush();
            signal.release();
        }
    }

    private void printCoverage(List<SentenceCoverage.Report> reports) {
        int width = Math.max("article".length(), reports.stream().mapToInt(r -> r.article().id().length()).max().orElse(0));
        String row = "%-" + width + "s  %9s  %5s  %9s  %6s  %11s%n";
        console.out().printf(row, "article", "sentences", "cited", "set aside", "to map", "unaccounted");
        long[] total = new long[5];
        for (SentenceCoverage.Report r : reports) {
            long[] counts = {r.sentences().size(), r.count(State.CITED), r.count(State.SET_ASIDE), r.count(State.TO_MAP),
                r.unaccounted().size()};
            console.out().printf(row, r.article().id(), counts[0], counts[1], counts[2], counts[3], counts[4]);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
        console.out().printf(row, "all", total[0], total[1], total[2], total[3], total[4]);
        int shown = 0;
        for (SentenceCoverage.Report r : reports) {
            Article a = r.article();
            for (SentenceCoverage.Sentence s : r.sentences()) {
                if (s.state() != State.TO_MAP) {
                    continue;
                }
                if (shown++ == MAX_SHOWN) {
                    console.out().printf("… and %d more sentences to map or mentions not accounted for%n", total[3] + total[4] - MAX_SHOWN);
                    return;
                }
                console.out().printf("%s:%d:%d: to map: \"%s\"%n", TerminalText.escape(a.sourceFile()), s.line(), s.column(),
                        TerminalText.escape(shorten(s.text())));
            }
        }
        for (SentenceCoverage.Report r : reports) {
            for (SentenceCoverage.Unaccounted u : r.unaccounted()) {
                if (shown++ == MAX_SHOWN) {
                    console.out().printf("… and %d more sentences to map or mentions not accounted for%n", total[3] + total[4] - MAX_SHOWN);
                    return;
                }
                console.out().printf("%s:%d:%d: not accounted for: %s \"%s\"%n", r.article().sourceFile(), u.line(), u.column(),
                        u.mention().kind().word(), u.mention().text());
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
