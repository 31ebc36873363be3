package dev.kg.error;

/**
 * Renders text from the user's files for one line of a terminal: characters that are invisible or that a
 * terminal acts on are shown as {@code <U+200B>}, so that two quotes that differ only by a zero-width space
 * look different, and an escape sequence or a right-to-left override in a file cannot rewrite the screen.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * The text with every control character (C0 including tab and newline, DEL, C1), format character
     * (zero-width spaces and joiners, soft hyphen, bidirectional marks, embeddings, overrides and isolates,
     * byte-order mark), line and paragraph separator, space other than U+0020, lone surrogate and
     * noncharacter U+FFFE/U+FFFF written as {@code <U+XXXX>}; all else unchanged.
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (needsEscape(cp)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Each line of a message escaped as by {@link #escape}, the line breaks kept. */
    public static String escapeLines(String text) {
        return text == null ? null : String.join("\n", text.lines().map(TerminalText::escape).toList());
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (needsEscape(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static boolean needsEscape(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.SPACE_SEPARATOR -> true;
            default -> cp == 0xFFFE || cp == 0xFFFF;
        };
    }
}
