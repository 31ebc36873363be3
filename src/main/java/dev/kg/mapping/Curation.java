package dev.kg.mapping;

import java.util.List;

/**
 * Everything curated and checked, held in memory: the shared entities and every article's facts. For small
 * projects and tests; a build reads one article at a time with {@link CurationReader}.
 */
public record Curation(List<Entity> entities, List<Article> articles) {
    public Curation {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }
}
