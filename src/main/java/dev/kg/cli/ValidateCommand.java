package dev.kg.cli;

import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.error.TerminalText;
import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.SourceLocation;
import dev.kg.mapping.Article;
import dev.kg.mapping.MentionFinder;
import dev.kg.mapping.SentenceCoverage.State;
import dev.kg.mapping.SentenceCoverage;
import java.nio.file.Path;
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
            "  kg validate --project path/to/project"})
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

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        List<SentenceCoverage.Report> reports = new ArrayList<>();
        List<Problem> unaccounted = new ArrayList<>();
        List<Problem> toMap = new ArrayList<>();
        MentionFinder[] finder = new MentionFinder[1];
        BuildReport report = BuildOperation.validate(options.project(), BuildOperation.Progress.NONE,
                (entities, article) -> {
                    if (finder[0] == null) {
                        finder[0] = new MentionFinder(entities);
                    }
                    SentenceCoverage.Report r = SentenceCoverage.of(article, finder[0]);
                    r.sentences().stream().filter(s -> s.state() == State.TO_MAP).forEach(s -> toMap.add(problem(article, s)));
                    r.unaccounted().forEach(u -> unaccounted.add(problem(article, u)));
                    if (coverage) {
                        reports.add(r);
                    }
                });
        if (coverage) {
            printCoverage(reports);
        }
        List<Problem> open = new ArrayList<>(toMap);
        open.addAll(unaccounted);
        if (strict && !open.isEmpty()) {
            throw new ProblemsFound(open);
        }
        open.stream().limit(MAX_SHOWN).forEach(p -> console.err().println("kg validate: warning: " + p));
        if (open.size() > MAX_SHOWN) {
            console.err().printf("kg validate: warning: … and %d more%n", open.size() - MAX_SHOWN);
        }
        console.err().printf("ok: %d articles, %d entities, %d facts checked%s%s%n",
                report.articles(), report.entities(), report.facts(),
                toMap.isEmpty() ? "" : "; " + count(toMap.size(), "sentence") + " to map",
                unaccounted.isEmpty() ? "" : "; " + count(unaccounted.size(), "mention") + " not accounted for");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Problem problem(Article article, SentenceCoverage.Sentence s) {
        Path file = article.mappingFile().resolveSibling(Path.of(article.sourceFile()).getFileName());
        return new Problem(ErrorCode.SENTENCE_TO_MAP, new SourceLocation(file, s.line(), s.column()),
                "the sentence \"" + s.text() + "\" is neither cited by a fact nor set aside",
                "map its claims as facts, or list it under 'unmapped:' with a reason");
    }

    private static Problem problem(Article article, SentenceCoverage.Unaccounted u) {
        Path file = article.mappingFile().resolveSibling(Path.of(article.sourceFile()).getFileName());
        return new Problem(ErrorCode.UNACCOUNTED_MENTION, new SourceLocation(file, u.line(), u.column()),
                u.mention().kind().word() + " '" + u.mention().text() + "' in a cited sentence is not accounted for",
                "use it in a fact that cites this sentence, or set it aside under 'unmapped:' with a passage around it and a reason");
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
