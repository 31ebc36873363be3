package dev.kg.cli;

import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
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
        footer = {"  kg validate", "  kg validate --coverage", "  kg validate --project path/to/project"})
final class ValidateCommand implements Runnable {
    private static final int MAX_SHOWN = 100;
    private final Console console;

    @Mixin
    ProjectOptions options;

    @Option(names = "--coverage",
            description = "Also print, per article, how many sentences facts cite, how many the mapping sets aside "
                    + "as unmapped, and where each sentence still to map is.")
    boolean coverage;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        List<SentenceCoverage.Report> reports = new ArrayList<>();
        BuildReport report = BuildOperation.validate(options.project(), BuildOperation.Progress.NONE,
                article -> {
                    if (coverage) {
                        reports.add(SentenceCoverage.of(article));
                    }
                });
        console.err().printf("ok: %d articles, %d entities, %d facts checked%n",
                report.articles(), report.entities(), report.facts());
        if (coverage) {
            printCoverage(reports);
        }
    }

    private void printCoverage(List<SentenceCoverage.Report> reports) {
        int width = Math.max("article".length(), reports.stream().mapToInt(r -> r.article().id().length()).max().orElse(0));
        String row = "%-" + width + "s  %9s  %5s  %9s  %6s%n";
        console.out().printf(row, "article", "sentences", "cited", "set aside", "to map");
        long[] total = new long[4];
        for (SentenceCoverage.Report r : reports) {
            long[] counts = {r.sentences().size(), r.count(State.CITED), r.count(State.SET_ASIDE), r.count(State.TO_MAP)};
            console.out().printf(row, r.article().id(), counts[0], counts[1], counts[2], counts[3]);
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        }
        console.out().printf(row, "all", total[0], total[1], total[2], total[3]);
        int shown = 0;
        for (SentenceCoverage.Report r : reports) {
            Article a = r.article();
            for (SentenceCoverage.Sentence s : r.sentences()) {
                if (s.state() != State.TO_MAP) {
                    continue;
                }
                if (shown++ == MAX_SHOWN) {
                    console.out().printf("… and %d more sentences to map%n", total[3] - MAX_SHOWN);
                    return;
                }
                console.out().printf("%s:%d:%d: to map: \"%s\"%n", TerminalText.escape(a.sourceFile()), s.line(), s.column(),
                        TerminalText.escape(shorten(s.text())));
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
