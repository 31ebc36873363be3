package dev.kg.error;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with the input: its code, where, what, and how to fix it. What and fix are kept as they are
 * shown: invisible and control characters escaped ({@link TerminalText}), long quoted values shortened.
 */
public record Problem(ErrorCode code, SourceLocation where, String what, String fix) {

    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.where().file().toString())
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column())
            .thenComparing(Problem::what);

    /** A value quoted in a message is shortened past this many characters, and a whole message past MAX_TEXT. */
    private static final int MAX_QUOTED = 60;
    private static final int MAX_TEXT = 400;
    // A quoted value opens after no letter and closes before none, so that the text between two short quoted
    // values ("fact 'x': only … is 'former'") is not taken for one.
    private static final Pattern LONG_QUOTED =
            Pattern.compile("(?<!\\w)'([^'\\n]{" + MAX_QUOTED + "})([^'\\n]{20,})'(?!\\w)");

    public Problem {
        what = shown(what);
        fix = fix == null ? null : shown(fix);
    }

    /** A line break in a value reads as a space; other controls and invisible characters are escaped. */
    private static String shown(String text) {
        return shorten(TerminalText.escape(text.replace("\r\n", " ").replace('\n', ' ')));
    }

    /** Keeps one problem on one readable line even when the input holds a 10 MB value. */
    static String shorten(String text) {
        Matcher m = LONG_QUOTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int length = m.group(1).length() + m.group(2).length();
            m.appendReplacement(out, Matcher.quoteReplacement("'" + m.group(1) + "…' (" + length + " characters)"));
        }
        m.appendTail(out);
        String shortened = out.toString();
        return shortened.length() <= MAX_TEXT ? shortened
                : shortened.substring(0, MAX_TEXT) + "… (" + shortened.length() + " characters)";
    }

    @Override
    public String toString() {
        return where + ": " + what + (fix == null || fix.isEmpty() ? "" : " — " + fix) + " " + code.tag();
    }
}
