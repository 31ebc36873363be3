package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.NearMiss;
import dev.kg.error.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the shared entities file: one entry per real-world thing, with type, labels and aliases. */
final class EntitiesReader {
    private static final Set<String> KEYS = Set.of("id", "type", "label", "aliases");
    private static final Set<String> LANGUAGES = Set.of("en", "it");

    private EntitiesReader() {
    }

    static List<Entity> read(Path file, Schema schema, List<Problem> problems) {
        List<Entity> entities = new ArrayList<>();
        Optional<YamlMap> top = YamlFile.parse(file, problems)
                .flatMap(n -> YamlMap.of(file, n, "the entities file", problems));
        if (top.isEmpty()) {
            return entities;
        }
        top.get().rejectUnknownKeys(Set.of("entities"), "the entities file");
        for (Node item : top.get().list("entities", "one '- id: ...' block per entity")) {
            YamlMap.of(file, item, "an entity", problems).flatMap(e -> entity(e, schema, problems)).ifPresent(entities::add);
        }
        return entities;
    }

    private static Optional<Entity> entity(YamlMap map, Schema schema, List<Problem> problems) {
        map.rejectUnknownKeys(KEYS, "an entity");
        Optional<Scalar> id = map.required("id", "an entity", "scale-ai");
        id.filter(s -> !Ids.isValid(s.value())).ifPresent(s -> problems.add(
                new Problem(ErrorCode.INVALID_ID, s.at(), "invalid entity id '" + s.value() + "'", Ids.ID_RULE)));
        Optional<Scalar> type = map.required("type", "an entity", "Company");
        type.filter(t -> !schema.isEntityType(t.value())).ifPresent(t -> problems.add(new Problem(ErrorCode.UNKNOWN_ENTITY_TYPE,
                t.at(),
                "unknown entity type '" + t.value() + "'", NearMiss.hint(t.value(), schema.entityTypes(), "entity types"))));
        String labelEn = null;
        String labelIt = null;
        Optional<Node> label = map.node("label");
        if (label.isEmpty()) {
            problems.add(new Problem(ErrorCode.MISSING_KEY,
                    map.at(), "an entity has no 'label'", "add 'label: {en: English name, it: nome italiano}'"));
        } else {
            Optional<YamlMap> labels = YamlMap.of(map.at().file(), label.get(), "'label'", problems);
            if (labels.isPresent()) {
                labels.get().rejectUnknownKeys(LANGUAGES, "'label'");
                labelEn = labels.get().required("en", "'label'", "English name").map(Scalar::value).orElse(null);
                labelIt = labels.get().required("it", "'label'", "nome italiano").map(Scalar::value).orElse(null);
            }
        }
        List<String> aliases = map.scalars("aliases").stream().map(Scalar::value).toList();
        // An entity with an unknown type is kept, so that facts naming it are still checked.
        if (id.isEmpty() || type.isEmpty() || labelEn == null || labelIt == null) {
            return Optional.empty();
        }
        return Optional.of(new Entity(id.get().value(), type.get().value(), labelEn, labelIt, aliases, id.get().at()));
    }
}
