package dev.kg.curate;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.mapping.FactKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fact as the workbench's form gives it: entity ids, the relation, its qualifiers by key, and the quotes
 * selected in the article. Written as the item lines of a mapping file, in the README's key order.
 */
record FactForm(String id, String subject, String relation, String object, Map<String, String> qualifiers,
                List<String> attributedTo, List<String> evidence) {
    /** Keys the form fills itself rather than as qualifier fields. */
    static final Set<String> STRUCTURE = Set.of("id", "subject", "relation", "object", "attributedTo", "evidence");

    FactForm {
        qualifiers = new LinkedHashMap<>(qualifiers);
        attributedTo = List.copyOf(attributedTo);
        evidence = List.copyOf(evidence);
        for (String key : qualifiers.keySet()) {
            if (!FactKeys.all().contains(key) || STRUCTURE.contains(key)) {
                throw new KgException(ErrorCode.UNKNOWN_KEY, "unknown qualifier '" + key + "' — use one of "
                        + String.join(", ", qualifierKeys()));
            }
        }
    }

    /** The qualifier keys, in the order facts write them. */
    static List<String> qualifierKeys() {
        return FactKeys.all().stream().filter(k -> !STRUCTURE.contains(k)).toList();
    }

    /** The id given, or one made from subject, relation and object that no fact of the file has yet. */
    String idAmong(Set<String> taken) {
        if (!id.isBlank()) {
            return id.strip();
        }
        String base = String.join("-", subject.strip(), kebab(relation.strip()));
        base = (object.isBlank() ? base : base + "-" + object.strip()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** The item's lines, each with the key it writes (so that a problem on a line can be shown at its field). */
    List<Line> lines(String factId) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("id", "id: " + YamlScalar.of(factId)));
        lines.add(new Line("subject", "subject: " + YamlScalar.of(subject.strip())));
        lines.add(new Line("relation", "relation: " + YamlScalar.of(relation.strip())));
        if (!object.isBlank()) {
            lines.add(new Line("object", "object: " + YamlScalar.of(object.strip())));
        }
        for (String key : FactKeys.all()) {
            String value = qualifiers.getOrDefault(key, "").strip();
            if (!value.isEmpty()) {
                lines.add(new Line(key, key + ": " + YamlScalar.of(value)));
            }
            if (key.equals("attributedTo") && !attributedTo.isEmpty()) {
                lines.add(new Line(key, "attributedTo: " + YamlScalar.list(attributedTo, false)));
            }
        }
        lines.add(new Line("evidence", "evidence: " + (evidence.isEmpty() ? "\"\"" : YamlScalar.list(evidence, true))));
        return lines;
    }

    /** One line of the written fact and the field it writes. */
    record Line(String field, String text) {
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
