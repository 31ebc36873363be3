package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something a sentence names that a curator must account for: a known entity, a capitalised name kg does
 * not know, or a figure. {@code start} and {@code end} are offsets in the text it was found in;
 * {@code entityId} is set for entities, {@code values} for figures (one, or two for a range, in units:
 * "13,8 miliardi" is 13800000000, "49%" is 49, "2016" is 2016).
 */
public record Mention(Kind kind, String text, int start, int end, String entityId, List<BigDecimal> values) {

    /** What a mention is. */
    public enum Kind {
        ENTITY("entity"),
        NAME("name"),
        AMOUNT("figure"),
        PERCENTAGE("percentage"),
        YEAR("year");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How the coverage report calls it. */
        public String word() {
            return word;
        }
    }

    public Mention {
        values = List.copyOf(values);
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
