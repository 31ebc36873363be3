package dev.kg.curate;

import dev.kg.error.Problem;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The workbench's JSON for values that several answers carry. */
final class Json {
    private Json() {
    }

    /** Problems as the CLI prints them, and in parts, so that the page can show each at its place. */
    static JsonArray problems(List<Problem> problems) {
        JsonArray out = new JsonArray();
        for (Problem p : problems) {
            JsonObject o = new JsonObject();
            o.put("code", p.code().id());
            o.put("file", p.where().file().getFileName() == null ? "" : p.where().file().getFileName().toString());
            o.put("line", p.where().line());
            o.put("column", p.where().column());
            o.put("what", p.what());
            o.put("fix", p.fix() == null ? "" : p.fix());
            o.put("text", p.toString());
            out.add(o);
        }
        return out;
    }

    static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }

    static JsonObject error(String code, String message) {
        JsonObject e = new JsonObject();
        e.put("code", code);
        e.put("message", message);
        JsonObject o = new JsonObject();
        o.put("error", e);
        return o;
    }
}
