package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import dev.kg.mapping.MentionFinder;
import dev.kg.mapping.SentenceCoverage.State;
import dev.kg.mapping.SentenceCoverage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the coverage finds not accounted for, article by article as they are read: sentences still to map and
 * mentions in cited sentences that no fact uses. {@code kg validate} and {@code kg build} warn about them;
 * {@code kg validate --strict} fails on them.
 */
final class CoverageWarnings {
    private static final int MAX_SHOWN = 20;
    private final List<Problem> toMap = new ArrayList<>();
    private final List<Problem> unaccounted = new ArrayList<>();
    private MentionFinder finder;

    /** Reads one article's coverage; returns it for callers that show it. */
    SentenceCoverage.Report add(List<Entity> entities, Article article) {
        if (finder == null) {
            finder = new MentionFinder(entities);
        }
        SentenceCoverage.Report r = SentenceCoverage.of(article, finder);
        Path file = article.mappingFile().resolveSibling(Path.of(article.sourceFile()).getFileName());
        r.sentences().stream().filter(s -> s.state() == State.TO_MAP).forEach(s -> toMap.add(new Problem(ErrorCode.SENTENCE_TO_MAP,
                new SourceLocation(file, s.line(), s.column()), "the sentence \"" + s.text() + "\" is neither cited by a fact nor set aside",
                "map its claims as facts, or list it under 'unmapped:' with a reason")));
        r.unaccounted().forEach(u -> unaccounted.add(new Problem(ErrorCode.UNACCOUNTED_MENTION,
                new SourceLocation(file, u.line(), u.column()),
                u.mention().kind().word() + " '" + u.mention().text() + "' in a cited sentence is not accounted for",
                "use it in a fact that cites this sentence, or set it aside under 'unmapped:' with a passage around it and a reason")));
        return r;
    }

    /** Every sentence to map, then every mention not accounted for. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>(toMap);
        all.addAll(unaccounted);
        return all;
    }

    /** Prints the first of them as warnings of {@code command}. */
    void warn(String command, PrintStream err) {
        List<Problem> all = all();
        all.stream().limit(MAX_SHOWN).forEach(p -> err.println("kg " + command + ": warning: " + p));
        if (all.size() > MAX_SHOWN) {
            err.printf("kg %s: warning: … and %d more%n", command, all.size() - MAX_SHOWN);
        }
    }

    /** "; 1 sentence to map; 2 mentions not accounted for", or nothing. */
    String summary() {
        return (toMap.isEmpty() ? "" : "; " + count(toMap.size(), "sentence") + " to map")
                + (unaccounted.isEmpty() ? "" : "; " + count(unaccounted.size(), "mention") + " not accounted for");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
