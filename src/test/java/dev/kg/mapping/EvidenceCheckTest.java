package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {
    private final EvidenceCheck check = new EvidenceCheck(
            "L’accordo valuta Scale AI circa 29 miliardi di dollari.\nA guidare  temporaneamente Scale AI resterà “Jason Droege”.");

    @Test
    void matchesDespiteTypographicQuotesWhitespaceAndNormalisation() {
        assertTrue(check.occurs("L'accordo valuta Scale AI circa 29 miliardi"));
        assertTrue(check.occurs("dollari. A guidare temporaneamente Scale AI"));
        assertTrue(check.occurs("resterà \"Jason Droege\""));
        // "à" written as "a" plus a combining grave accent (NFD) is the same text after NFC.
        assertTrue(check.occurs("restera\u0300 \"Jason Droege\""));
    }

    @Test
    void saysWhereAQuoteDepartsFromTheArticle() {
        assertFalse(check.occurs("L'accordo valuta Scale AI circa 30 miliardi di dollari"));
        assertEquals(Optional.of("the quote matches the article up to \"…L'accordo valuta Scale AI circa \", then has"
                        + " \"30 miliardi di dollari…\" where the article has \"29 miliardi di dollari. A guidare tempor…\""),
                check.divergence("L'accordo valuta Scale AI circa 30 miliardi di dollari"));
        assertEquals(Optional.empty(), check.divergence("Nothing like it"));
    }

    @Test
    void normalisesEveryApostropheQuoteAndSpaceItKnows() {
        assertEquals("'a' 'b' 'c' 'd' \"e\" \"f\" \"g\" \"h\" i j k",
                EvidenceCheck.normalize("\n \u2018a\u2019 \u201Ab\u201B \u2032c\u02BC `d\u00B4 \u201Ce\u201D"
                        + " \u201Ef\u201F \u2033g\u2033 \u00ABh\u00BB\u00A0\u2007i\t\u000B\f\r j\u202Fk \r\n"));
    }
}
