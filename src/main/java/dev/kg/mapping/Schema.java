package dev.kg.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the ontology allows, in the terms mapping files use: entity classes, relations, concept schemes and
 * the qualifiers that take their concepts, by local name.
 * Read from the ontology by the RDF layer, so that mapping code needs no RDF library.
 */
public record Schema(Map<String, Relation> relations, Map<String, Set<String>> superClasses, String entityRoot,
                     Map<String, List<Concept>> concepts, Map<String, ConceptQualifier> conceptQualifiers) {

    /**
     * A relation curators may use. An entity relation links two entities; a value relation gives a figure,
     * under the mapping key {@code figure}: "amount" (a sum of money) or "count".
     */
    public record Relation(String name, boolean linksEntities, String domain, String range, String claimClass, String figure) {
    }

    /** A concept of a scheme, such as the role CEO: its English and Italian labels and the other wordings it takes. */
    public record Concept(String name, String scheme, String labelEn, String labelIt, List<String> altLabels) {
        public Concept {
            altLabels = List.copyOf(altLabels);
        }

        /** Every name a curator may write for it. */
        public List<String> names() {
            List<String> names = new ArrayList<>(List.of(labelEn, labelIt));
            names.addAll(altLabels);
            return names;
        }
    }

    /** A qualifier whose values are concepts of one scheme, written under {@code key} in mapping files. */
    public record ConceptQualifier(String key, String property, String scheme) {
    }

    public Schema {
        relations = Map.copyOf(relations);
        superClasses = Map.copyOf(superClasses);
        concepts = Map.copyOf(concepts);
        conceptQualifiers = Map.copyOf(conceptQualifiers);
    }

    /** The concept of {@code scheme} that {@code label} names, in any case, with any spacing and apostrophes. */
    public Optional<Concept> concept(String scheme, String label) {
        String key = conceptKey(label);
        return concepts.getOrDefault(scheme, List.of()).stream()
                .filter(c -> c.names().stream().anyMatch(n -> conceptKey(n).equals(key)))
                .findFirst();
    }

    /** Every name of every concept of {@code scheme}, for "did you mean" hints. */
    public Set<String> conceptNames(String scheme) {
        Set<String> names = new TreeSet<>();
        concepts.getOrDefault(scheme, List.of()).forEach(c -> names.addAll(c.names()));
        return names;
    }

    private static String conceptKey(String label) {
        return SPACES.matcher(label.strip().replace('\u2019', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

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
