package dev.kg.mapping;

import java.util.List;

/** The keys a fact may have in a mapping file, in the order the README writes them. */
public final class FactKeys {
    private FactKeys() {
    }

    public static List<String> all() {
        return ArticleReader.FACT_KEYS;
    }
}
