package dev.kg.mapping;

import dev.kg.error.SourceLocation;
import java.util.List;

/** A real-world thing the facts name by id: its ontology class, English and Italian labels, and aliases. */
public record Entity(String id, String type, String labelEn, String labelIt, List<String> aliases, SourceLocation at) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
