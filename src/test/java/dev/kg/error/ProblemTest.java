package dev.kg.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aLongQuotedValueIsShortenedWithItsLength() {
        String value = "x".repeat(100);

        assertEquals("the value '" + "x".repeat(60) + "…' (100 characters) is too long",
                Problem.shorten("the value '" + value + "' is too long"));
    }

    @Test
    void theTextBetweenTwoShortQuotedValuesIsNotTakenForOne() {
        String message = "fact 'scale-ai-founded-by-wang': only a membership, leadership, employment, partnership or"
                + " customer relationship is 'former'";

        assertEquals(message, Problem.shorten(message));
    }

    @Test
    void aMessageLongerThan400CharactersIsCutWithItsLength() {
        String message = "word ".repeat(100).strip();

        assertEquals(message.substring(0, 400) + "… (499 characters)", Problem.shorten(message));
    }
}
