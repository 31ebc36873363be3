package dev.kg.mapping;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Checks that a quote occurs in its article. Both are compared after Unicode NFC normalisation,
 * with runs of whitespace collapsed and typographic quotes and apostrophes made plain, so a curator
 * may retype a quote without matching the article's exact punctuation glyphs.
 */
public final class EvidenceCheck {
    private static final int CONTEXT = 40;
    private static final String APOSTROPHES = "\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4";
    private static final String QUOTES = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private static final String SPACES = " \t\n\u000B\f\r\u00A0\u2007\u202F";

    private final String article;

    public EvidenceCheck(String articleText) {
        this.article = normalize(articleText);
    }

    /** NFC, typographic quotes and apostrophes made plain, each run of spaces one space, stripped. */
    public static String normalize(String text) {
        // One pass rather than three regular expressions: a build normalises every article and quote.
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPACES.indexOf(c) >= 0) {
                if (!inSpaces) {
                    out.append(' ');
                }
                inSpaces = true;
                continue;
            }
            inSpaces = false;
            out.append(APOSTROPHES.indexOf(c) >= 0 ? '\'' : QUOTES.indexOf(c) >= 0 ? '"' : c);
        }
        return out.toString().strip();
    }

    public boolean occurs(String quote) {
        return article.contains(normalize(quote));
    }

    /**
     * Where a quote that does not occur parts from the article: the longest start of the quote found in
     * the article, and what the article says after it. Empty when not even the first words are found.
     */
    public Optional<String> divergence(String quote) {
        String q = normalize(quote);
        int low = 0;
        int high = q.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (article.contains(q.substring(0, mid))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low < Math.min(12, q.length())) {
            return Optional.empty();
        }
        String matched = q.substring(0, low);
        int at = article.indexOf(matched) + low;
        String quoteGoesOn = q.substring(low, Math.min(q.length(), low + CONTEXT));
        String articleGoesOn = article.substring(at, Math.min(article.length(), at + CONTEXT));
        return Optional.of("the quote matches the article up to \"…" + tail(matched) + "\", then has \""
                + quoteGoesOn + "…\" where the article has \"" + articleGoesOn + "…\"");
    }

    private static String tail(String s) {
        return s.length() <= CONTEXT ? s : s.substring(s.length() - CONTEXT);
    }
}
