package dev.kg.mapping;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything curated, checked and ready to become RDF: the shared entities and every article's facts. */
public record Curation(List<Entity> entities, List<Article> articles) {
    public Curation {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }

    public Map<String, Entity> entitiesById() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    public int factCount() {
        return articles.stream().mapToInt(a -> a.facts().size()).sum();
    }
}
