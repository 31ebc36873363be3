package dev.kg.mapping;

import java.util.List;

/** Everything curated, checked and ready to become RDF: the shared entities and every article's facts. */
public record Curation(List<Entity> entities, List<Article> articles) {
    public Curation {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }


    public int factCount() {
        return articles.stream().mapToInt(a -> a.facts().size()).sum();
    }
}
