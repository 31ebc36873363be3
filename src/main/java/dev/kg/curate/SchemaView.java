package dev.kg.curate;

import dev.kg.mapping.Entity;
import dev.kg.mapping.Schema;
import dev.kg.mapping.Status;
import dev.kg.mapping.UnmappedPassage;
import dev.kg.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What the form offers, read at run time: the relations with their domain and range and the qualifiers each
 * may carry (from {@link Vocabulary}, which reads the ontology and the shapes, as {@code kg vocabulary} shows
 * them), entity types with their superclasses, and the entities.
 */
final class SchemaView {

    private SchemaView() {
    }

    static JsonObject of(Vocabulary vocabulary, Schema schema, List<Entity> entities) {
        Set<String> general = new HashSet<>();
        vocabulary.generalQualifiers().forEach(q -> general.add(q.key()));
        JsonArray relations = new JsonArray();
        for (Vocabulary.Relation r : vocabulary.relations()) {
            JsonObject o = new JsonObject();
            o.put("name", r.name());
            o.put("linksEntities", r.figure() == null);
            o.put("domain", r.domain() == null ? "" : r.domain());
            o.put("range", r.range() == null ? "" : r.range());
            Set<String> allowed = new HashSet<>(general);
            r.qualifiers().forEach(q -> allowed.add(q.key()));
            if (r.figure() != null) {
                allowed.add(r.figure());
            }
            List<String> qualifiers = new ArrayList<>(FactForm.qualifierKeys().stream().filter(allowed::contains).toList());
            if (!qualifiers.contains("attributedTo")) {
                qualifiers.add("attributedTo");
            }
            o.put("qualifiers", Json.strings(qualifiers));
            relations.add(o);
        }
        JsonObject types = new JsonObject();
        for (String type : schema.entityTypes()) {
            List<String> supers = new ArrayList<>(schema.superClasses().getOrDefault(type, Set.of()));
            supers.add(type);
            types.put(type, Json.strings(supers.stream().sorted().toList()));
        }
        JsonArray people = new JsonArray();
        for (Entity e : entities) {
            JsonObject o = new JsonObject();
            o.put("id", e.id());
            o.put("type", e.type());
            o.put("en", e.labelEn());
            o.put("it", e.labelIt());
            o.put("aliases", Json.strings(e.aliases()));
            people.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("relations", relations);
        out.put("types", types);
        out.put("entities", people);
        out.put("statuses", Json.strings(Status.keys()));
        out.put("reasons", Json.strings(UnmappedPassage.Reason.keys()));
        return out;
    }
}
