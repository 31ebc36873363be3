package dev.kg.mapping;

import java.nio.file.Path;
import java.util.List;

/**
 * One article, its curated facts, and the passages its curator left unmapped on purpose. {@code id} is the article file's name without extension;
 * {@code sourceFile} is relative to the project directory.
 */
public record Article(String id, Path mappingFile, String sourceFile, String title, String language,
                      ArticleSource source, String text, String sha256, List<Fact> facts, List<UnmappedPassage> unmapped) {
    public Article {
        facts = List.copyOf(facts);
        unmapped = List.copyOf(unmapped);
    }
}
