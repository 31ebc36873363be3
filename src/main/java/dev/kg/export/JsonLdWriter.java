package dev.kg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import dev.kg.rdf.Prefixes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads as compacted JSON-LD 1.1 that keeps the named graphs: a top-level {@code @graph} with one
 * object per named graph (its {@code @id} and its own {@code @graph}), and an {@code @context} of the fixed
 * prefixes. Titanium expands and compacts; the result is then put in one order (keys: {@code @context},
 * {@code @id}, {@code @type}, then the rest sorted; the items of an unordered array sorted by their text),
 * so that the same quads always give the same bytes.
 */
final class JsonLdWriter {
    private static final List<String> FIRST_KEYS = List.of("@context", "@id", "@type");
    private static final Comparator<String> KEY_ORDER = Comparator
            .comparing((String k) -> FIRST_KEYS.contains(k) ? FIRST_KEYS.indexOf(k) : FIRST_KEYS.size())
            .thenComparing(Comparator.naturalOrder());

    private JsonLdWriter() {
    }

    static void write(List<Quad> quads, OutputStream out) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.create();
        quads.forEach(dataset::add);
        JsonObjectBuilder context = Json.createObjectBuilder();
        new TreeMap<>(Prefixes.STANDARD.getNsPrefixMap()).forEach(context::add);
        JsonObject compacted;
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setOrdered(true);
            JsonArray expanded = JenaToTitanium.convert(dataset, options);
            compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(Json.createObjectBuilder().add("@context", context).build())).options(options).get();
        } catch (JsonLdError e) {
            throw new IOException("JSON-LD: " + e.getMessage(), e);
        }
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text).write(ordered(compacted, false));
        text.write('\n');
        text.flush();
    }

    /** The value with its keys and unordered arrays in one order; a list's items keep theirs. */
    private static JsonValue ordered(JsonValue value, boolean isList) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.keySet().stream().sorted(KEY_ORDER).forEach(k -> builder.add(k, ordered(object.get(k), k.equals("@list"))));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> items = new ArrayList<>();
            array.forEach(item -> items.add(ordered(item, false)));
            if (!isList) {
                items.sort(Comparator.comparing(JsonValue::toString));
            }
            JsonArrayBuilder builder = Json.createArrayBuilder();
            items.forEach(builder::add);
            return builder.build();
        }
        return value;
    }
}
