package dev.kg.mapping;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of an article its mapping accounts for: every sentence is cited by some fact's evidence, set
 * aside by an {@code unmapped} passage, or still to map; and in every cited sentence, every mention
 * ({@link MentionFinder}) is used by a fact that cites the sentence ({@link MentionUse}) or lies in an
 * {@code unmapped} passage, or is not accounted for. Sentences are found per line (a line break ends
 * a headline or a list item even without a full stop) with the JDK's sentence rules for the article's
 * language. Quotes and sentences are compared in {@link EvidenceCheck}'s normal form.
 */
public final class SentenceCoverage {

    /** Whether a sentence is accounted for. */
    public enum State { CITED, SET_ASIDE, TO_MAP }

    /** One sentence, where it starts in the article file (1-based), and how it is accounted for. */
    public record Sentence(int line, int column, String text, State state, String reason) {
    }

    /** A mention in a cited sentence that no fact citing it uses and no passage sets aside; 1-based. */
    public record Unaccounted(int line, int column, Mention mention) {
    }

    /** An article's sentences in reading order, and the mentions in them not accounted for. */
    public record Report(Article article, List<Sentence> sentences, List<Unaccounted> unaccounted) {
        public Report {
            sentences = List.copyOf(sentences);
            unaccounted = List.copyOf(unaccounted);
        }

        public long count(State state) {
            return sentences.stream().filter(s -> s.state() == state).count();
        }
    }

    private record Span(int start, int end) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    private SentenceCoverage() {
    }

    /** Sentences only: no entity is known, so only names and figures are mentions. */
    public static Report of(Article article) {
        return of(article, new MentionFinder(List.of()));
    }

    public static Report of(Article article, MentionFinder mentions) {
        String normalArticle = EvidenceCheck.normalize(article.text());
        List<Span> cited = new ArrayList<>();
        List<Fact> citing = new ArrayList<>();
        for (Fact fact : article.facts()) {
            fact.evidence().forEach(q -> find(normalArticle, q.value()).ifPresent(span -> {
                cited.add(span);
                citing.add(fact);
            }));
        }
        List<Span> setAside = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (UnmappedPassage passage : article.unmapped()) {
            find(normalArticle, passage.passage().value()).ifPresent(span -> {
                setAside.add(span);
                reasons.add(passage.reason().key());
            });
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Unaccounted> unaccounted = new ArrayList<>();
        int cursor = 0;
        String[] lines = article.text().split("\n", -1);
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.forLanguageTag(article.language()));
        for (int lineNo = 0; lineNo < lines.length; lineNo++) {
            String line = lines[lineNo];
            breaks.setText(line);
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String raw = line.substring(start, end);
                String text = EvidenceCheck.normalize(raw);
                if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                int at = normalArticle.indexOf(text, cursor);
                if (at < 0) {
                    at = cursor;
                }
                Span span = new Span(at, at + text.length());
                cursor = span.end;
                int column = start + (raw.length() - raw.stripLeading().length()) + 1;
                Sentence sentence = classify(lineNo + 1, column, text, span, cited, setAside, reasons);
                sentences.add(sentence);
                if (sentence.state() == State.CITED) {
                    List<Fact> facts = new ArrayList<>();
                    for (int i = 0; i < cited.size(); i++) {
                        if (cited.get(i).overlaps(span)) {
                            facts.add(citing.get(i));
                        }
                    }
                    String stripped = raw.stripLeading();
                    int textAt = 0;
                    for (Mention m : mentions.find(stripped)) {
                        // Where the mention stands in the normal form, to compare with the passages set aside.
                        String normalMention = EvidenceCheck.normalize(m.text());
                        int in = text.indexOf(normalMention, textAt);
                        in = in < 0 ? textAt : in;
                        textAt = in;
                        Span where = new Span(span.start + in, span.start + in + normalMention.length());
                        boolean used = facts.stream().anyMatch(f -> MentionUse.uses(f, m));
                        boolean asideHere = setAside.stream().anyMatch(p -> p.start <= where.start && where.end <= p.end);
                        if (!used && !asideHere) {
                            unaccounted.add(new Unaccounted(lineNo + 1, column + m.start(), m));
                        }
                    }
                }
            }
        }
        return new Report(article, sentences, unaccounted);
    }

    private static Sentence classify(int line, int column, String text, Span span, List<Span> cited,
                                     List<Span> setAside, List<String> reasons) {
        if (cited.stream().anyMatch(span::overlaps)) {
            return new Sentence(line, column, text, State.CITED, null);
        }
        for (int i = 0; i < setAside.size(); i++) {
            if (setAside.get(i).overlaps(span)) {
                return new Sentence(line, column, text, State.SET_ASIDE, reasons.get(i));
            }
        }
        return new Sentence(line, column, text, State.TO_MAP, null);
    }

    private static Optional<Span> find(String normalArticle, String quote) {
        String q = EvidenceCheck.normalize(quote);
        int at = q.isEmpty() ? -1 : normalArticle.indexOf(q);
        return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + q.length()));
    }
}
