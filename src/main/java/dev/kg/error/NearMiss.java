package dev.kg.error;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name a mistyped one was probably meant to be, for "did you mean" hints. */
public final class NearMiss {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearMiss() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, t.length() / 3);
        return known.stream()
                .filter(k -> DISTANCE.apply(t, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(t, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** "did you mean 'x'?" when one is close, else the list of what is allowed. */
    public static String hint(String typed, Collection<String> known, String kind) {
        return closest(typed, known)
                .map(k -> "did you mean '" + k + "'?")
                .orElseGet(() -> "use one of the " + kind + ": " + String.join(", ", known.stream().sorted().toList()));
    }
}
