package dev.kg.curate;

import dev.kg.error.Problem;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import dev.kg.mapping.EvidenceCheck;
import dev.kg.mapping.Fact;
import dev.kg.mapping.MentionFinder;
import dev.kg.mapping.Scalar;
import dev.kg.mapping.SentenceCoverage;
import dev.kg.mapping.UnmappedPassage;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One article as the workbench shows it: its text, each sentence with where it stands in the text and how the
 * mapping accounts for it (today's {@link SentenceCoverage}), the facts that cite it, and the problems found.
 * Mentions still to account for will be a list beside {@code sentences}, underlined by the page.
 */
final class ArticleView {
    private ArticleView() {
    }

    /** The article as the page shows it; {@code entities} let the coverage find the mentions no fact accounts for. */
    static JsonObject of(String mappingName, Article article, List<Entity> entities, List<Problem> problems, boolean draft) {
        JsonObject o = new JsonObject();
        o.put("mapping", mappingName);
        o.put("id", article.id());
        o.put("title", article.title());
        o.put("sourceFile", article.sourceFile());
        o.put("text", article.text());
        o.put("draft", draft);
        o.put("sentences", sentences(article));
        o.put("mentions", mentions(article, entities));
        JsonArray facts = new JsonArray();
        for (Fact f : article.facts()) {
            JsonObject fact = new JsonObject();
            fact.put("id", f.id());
            fact.put("subject", f.subject());
            fact.put("relation", f.relation());
            fact.put("object", f.object() == null ? "" : f.object());
            fact.put("line", f.at().line());
            fact.put("status", f.qualifiers().status() == null ? "" : f.qualifiers().status().key());
            fact.put("amount", f.qualifiers().amount() == null ? "" : f.qualifiers().amount().text());
            fact.put("attributedTo", String.join(", ", f.qualifiers().attributedTo()));
            JsonArray quotes = new JsonArray();
            f.evidence().forEach(q -> quotes.add(q.value()));
            fact.put("evidence", quotes);
            facts.add(fact);
        }
        o.put("facts", facts);
        JsonArray unmapped = new JsonArray();
        for (UnmappedPassage u : article.unmapped()) {
            JsonObject p = new JsonObject();
            p.put("passage", u.passage().value());
            p.put("reason", u.reason().key());
            p.put("line", u.passage().at().line());
            unmapped.add(p);
        }
        o.put("unmapped", unmapped);
        o.put("problems", Json.problems(problems));
        return o;
    }

    /** Normalised spans, as {@link SentenceCoverage} finds them, to tell which facts cite a sentence. */
    private record Span(int start, int end) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    private static JsonArray sentences(Article article) {
        String text = article.text();
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts.add(i + 1);
        }
        String normal = EvidenceCheck.normalize(text);
        List<List<Span>> quoteSpans = new ArrayList<>();
        for (Fact f : article.facts()) {
            List<Span> spans = new ArrayList<>();
            for (Scalar q : f.evidence()) {
                String nq = EvidenceCheck.normalize(q.value());
                int at = nq.isEmpty() ? -1 : normal.indexOf(nq);
                if (at >= 0) {
                    spans.add(new Span(at, at + nq.length()));
                }
            }
            quoteSpans.add(spans);
        }
        List<SentenceCoverage.Sentence> list = SentenceCoverage.of(article).sentences();
        JsonArray out = new JsonArray();
        int cursor = 0;
        for (int i = 0; i < list.size(); i++) {
            SentenceCoverage.Sentence s = list.get(i);
            int start = lineStarts.get(s.line() - 1) + s.column() - 1;
            int lineEnd = s.line() < lineStarts.size() ? lineStarts.get(s.line()) - 1 : text.length();
            boolean nextOnLine = i + 1 < list.size() && list.get(i + 1).line() == s.line();
            int end = nextOnLine ? lineStarts.get(s.line() - 1) + list.get(i + 1).column() - 1 : lineEnd;
            int at = normal.indexOf(s.text(), cursor);
            Span span = new Span(at < 0 ? cursor : at, (at < 0 ? cursor : at) + s.text().length());
            cursor = span.end();
            JsonObject o = new JsonObject();
            o.put("start", start);
            o.put("end", Math.max(start, end));
            o.put("line", s.line());
            o.put("column", s.column());
            o.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.put("reason", s.reason() == null ? "" : s.reason());
            JsonArray citing = new JsonArray();
            for (int f = 0; f < quoteSpans.size(); f++) {
                if (quoteSpans.get(f).stream().anyMatch(span::overlaps)) {
                    citing.add(article.facts().get(f).id());
                }
            }
            o.put("facts", citing);
            out.add(o);
        }
        return out;
    }

    /** The mentions no fact accounts for, as offsets in the article's text (the page underlines them). */
    private static JsonArray mentions(Article article, List<Entity> entities) {
        String text = article.text();
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        JsonArray out = new JsonArray();
        for (SentenceCoverage.Unaccounted u : SentenceCoverage.of(article, new MentionFinder(entities)).unaccounted()) {
            int start = lineStarts.get(u.line() - 1) + u.column() - 1;
            JsonObject m = new JsonObject();
            m.put("start", start);
            m.put("end", start + u.mention().text().length());
            m.put("text", u.mention().text());
            m.put("kind", u.mention().kind().word());
            out.add(m);
        }
        return out;
    }
}
