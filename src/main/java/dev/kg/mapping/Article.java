package dev.kg.mapping;

import java.nio.file.Path;
import java.util.List;

/**
 * One article and its curated facts. {@code id} is the article file's name without extension;
 * {@code sourceFile} is relative to the project directory.
 */
public record Article(String id, Path mappingFile, String sourceFile, String title, String language,
                      String text, String sha256, List<Fact> facts) {
    public Article {
        facts = List.copyOf(facts);
    }
}
