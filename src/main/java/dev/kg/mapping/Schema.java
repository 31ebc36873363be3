package dev.kg.mapping;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the ontology allows, in the terms mapping files use: entity classes and relations by local name.
 * Read from the ontology by the RDF layer, so that mapping code needs no RDF library.
 */
public record Schema(Map<String, Relation> relations, Map<String, Set<String>> superClasses, String entityRoot) {

    /** A relation curators may use. An entity relation links two entities; a value relation gives an amount. */
    public record Relation(String name, boolean linksEntities, String domain, String range, String claimClass) {
    }

    public Schema {
        relations = Map.copyOf(relations);
        superClasses = Map.copyOf(superClasses);
    }

    /** True when {@code type} is {@code cls} or one of its subclasses. */
    public boolean isA(String type, String cls) {
        return type.equals(cls) || superClasses.getOrDefault(type, Set.of()).contains(cls);
    }

    /** True when an entity may have {@code type}: a subclass of the entity root. */
    public boolean isEntityType(String type) {
        return !type.equals(entityRoot) && isA(type, entityRoot);
    }

    /** The classes an entity may have: the entity root's subclasses, sorted. */
    public Set<String> entityTypes() {
        Set<String> types = new TreeSet<>();
        for (String cls : superClasses.keySet()) {
            if (isEntityType(cls)) {
                types.add(cls);
            }
        }
        return types;
    }
}
