package dev.kg.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A passage of an article that the curator read and deliberately left without facts, and why. The
 * coverage report counts the sentences it overlaps as set aside rather than still to map.
 */
public record UnmappedPassage(Scalar passage, Reason reason, String note) {

    /** Why a passage carries no facts. */
    public enum Reason {
        HEADING("heading"),
        OPINION("opinion"),
        ANALYSIS("analysis"),
        BACKGROUND("background"),
        ADVERTISING("advertising"),
        NAVIGATION("navigation"),
        OUT_OF_SCOPE("out-of-scope"),
        NEEDS_VOCABULARY("needs-vocabulary");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Reason> fromKey(String key) {
            return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Reason::key).toList();
        }
    }
}
