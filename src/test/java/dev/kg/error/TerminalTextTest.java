package dev.kg.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void invisibleFormatAndControlCharactersAreEscaped() {
        assertEquals("a<U+200B>b<U+00AD>c<U+202E>d<U+2066>e<U+FEFF>", TerminalText.escape("a\u200Bb\u00ADc\u202Ed\u2066e\uFEFF"));
        assertEquals("<U+001B>[2J<U+0000><U+007F><U+009B><U+0009><U+000A><U+000D>",
                TerminalText.escape("\u001B[2J\u0000\u007F\u009B\t\n\r"));
        assertEquals("no<U+00A0>break<U+2003>em<U+2028>line", TerminalText.escape("no\u00A0break\u2003em\u2028line"));
        assertEquals("tag<U+E0041>", TerminalText.escape("tag\uDB40\uDC41"));
    }

    @Test
    void visibleTextIsUnchanged() {
        String text = "Perché la scommessa più grande — «10 miliardi» … 東京 🙂 <U+200B>";
        assertSame(text, TerminalText.escape(text));
    }

    @Test
    void eachLineOfAMessageIsEscapedAndTheLineBreaksKept() {
        assertEquals("one <U+001B>\ntwo", TerminalText.escapeLines("one \u001B\ntwo"));
    }
}
