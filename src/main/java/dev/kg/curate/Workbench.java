package dev.kg.curate;

import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.explore.DescribeOperation;
import dev.kg.explore.EntityDescription;
import dev.kg.explore.PictureOperation;
import dev.kg.explore.StatedFact;
import dev.kg.export.HtmlWriter;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Schema;
import dev.kg.mapping.SeedsFolder;
import dev.kg.project.Project;
import dev.kg.rdf.OntologySchemaReader;
import dev.kg.store.GraphStore;
import dev.kg.vocabulary.VocabularyOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** What the workbench's pages ask for: reading the project, writing to it, building and looking at the graph. */
final class Workbench {
    private final Project project;
    private final Path store;
    private final CurationWrites writes;
    /** The store is opened by one request at a time: closing it in one would pull it from under another. */
    private final Object storeLock = new Object();

    Workbench(Project project, Path store) {
        this.project = project;
        this.store = store;
        this.writes = new CurationWrites(project);
    }

    private Schema schema() {
        return OntologySchemaReader.schema(OntologySchemaReader.read(project.ontology()));
    }

    JsonObject articles() {
        CurationReader reader = CurationReader.open(project.root(), project.seeds(), schema());
        JsonArray list = new JsonArray();
        Set<String> mapped = new HashSet<>();
        for (Path mapping : reader.mappingFiles()) {
            JsonObject o = new JsonObject();
            Optional<Article> article = reader.readAsWritten(mapping);
            o.put("mapping", mapping.getFileName().toString());
            o.put("title", article.map(Article::title).orElse(""));
            list.add(o);
            String name = mapping.getFileName().toString();
            mapped.add(article.map(a -> Path.of(a.sourceFile()).getFileName().toString())
                    .orElse(name.substring(0, name.lastIndexOf('.')) + ".txt"));
        }
        JsonObject out = new JsonObject();
        out.put("articles", list);
        out.put("unmapped", Json.strings(articleFiles().stream().map(p -> p.getFileName().toString())
                .filter(n -> !mapped.contains(n)).toList()));
        return out;
    }

    /** The article files of the seeds folder (*.txt), by name. */
    private List<Path> articleFiles() {
        try (Stream<Path> files = Files.list(project.seeds())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new KgException(ErrorCode.FILE_UNREADABLE, project.seeds() + ": cannot list it (" + e.getClass().getSimpleName()
                    + ") — check that it exists and is readable");
        }
    }

    /** A mapping file for an article that has none: its article block, and no facts yet. */
    JsonObject startMapping(JsonObject body) {
        String name = string(body, "article");
        Path article = articleFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new KgException(ErrorCode.FILE_MISSING, "no article file '" + name + "' in "
                        + project.seeds() + " — pick one of the project's articles"));
        JsonObject out = outcome(writes.startMapping(article, string(body, "language")));
        out.put("mapping", name.substring(0, name.length() - ".txt".length()) + ".yaml");
        return out;
    }

    JsonObject schemaAndEntities() {
        Schema schema = OntologySchemaReader.schema(OntologySchemaReader.read(project.ontology()));
        CurationReader reader = CurationReader.open(project.root(), project.seeds(), schema);
        return SchemaView.of(VocabularyOperation.read(project), schema, reader.entities());
    }

    JsonObject article(String mappingName) {
        Path mapping = mappingFile(mappingName);
        CurationReader reader = CurationReader.open(project.root(), project.seeds(), schema());
        Optional<Article> article = reader.readAsWritten(mapping);
        List<Problem> problems = problemsOf(mapping);
        if (article.isEmpty()) {
            JsonObject o = new JsonObject();
            o.put("mapping", mappingName);
            o.put("text", "");
            o.put("problems", Json.problems(problems));
            return o;
        }
        boolean draft = problems.stream().anyMatch(p -> p.code() == ErrorCode.DRAFT_FILE);
        return ArticleView.of(mappingName, article.get(), reader.entities(), problems, draft);
    }

    /** Problems {@code kg validate} reports in the mapping file or the entities file. */
    private List<Problem> problemsOf(Path mapping) {
        try {
            BuildOperation.validate(project, BuildOperation.Progress.NONE, (entities, a) -> { });
            return List.of();
        } catch (ProblemsFound found) {
            Path entities = project.seeds().resolve(CurationLoader.ENTITIES_FILE);
            return found.problems().stream().filter(p -> same(p.where().file(), mapping) || same(p.where().file(), entities))
                    .toList();
        }
    }

    JsonObject saveFact(JsonObject body) {
        JsonObject f = object(body, "fact");
        JsonObject q = object(f, "qualifiers");
        Map<String, String> qualifiers = new LinkedHashMap<>();
        q.keys().forEach(k -> qualifiers.put(k, string(q, k)));
        FactForm form = new FactForm(string(f, "id"), string(f, "subject"), string(f, "relation"), string(f, "object"),
                qualifiers, strings(f, "attributedTo"), strings(f, "evidence"));
        return outcome(writes.saveFact(mappingFile(string(body, "mapping")), form, bool(body, "draft")));
    }

    JsonObject addEvidence(JsonObject body) {
        return outcome(writes.addEvidence(mappingFile(string(body, "mapping")), string(body, "fact"), string(body, "quote"),
                bool(body, "draft")));
    }

    JsonObject setAside(JsonObject body) {
        return outcome(writes.setAside(mappingFile(string(body, "mapping")), string(body, "passage"), string(body, "reason"),
                string(body, "note"), bool(body, "draft")));
    }

    JsonObject saveEntity(JsonObject body) {
        return outcome(writes.saveEntity(string(body, "id"), string(body, "type"), string(body, "en"), string(body, "it"),
                strings(body, "aliases")));
    }

    JsonObject build() {
        JsonObject out = new JsonObject();
        try {
            BuildReport report;
            synchronized (storeLock) {
                report = BuildOperation.build(project, store);
            }
            out.put("ok", true);
            out.put("summary", String.format("built: %d articles, %d entities, %d facts", report.articles(),
                    report.entities(), report.facts()));
        } catch (ProblemsFound found) {
            out.put("ok", false);
            out.put("problems", Json.problems(found.problems()));
        }
        return out;
    }

    JsonObject describe(String name) {
        EntityDescription d;
        synchronized (storeLock) {
            try (GraphStore graph = GraphStore.openExisting(store)) {
                d = DescribeOperation.describe(graph, name);
            }
        }
        JsonObject out = new JsonObject();
        out.put("id", d.id());
        out.put("type", d.type());
        out.put("labels", Json.strings(d.labels().stream().map(l -> l.text() + " (" + l.language() + ")").toList()));
        out.put("aliases", Json.strings(d.aliases()));
        JsonArray groups = new JsonArray();
        for (EntityDescription.Group g : d.groups()) {
            JsonObject group = new JsonObject();
            group.put("relation", g.relation());
            group.put("incoming", g.incoming());
            group.put("part", g.part().name().toLowerCase(java.util.Locale.ROOT));
            JsonArray facts = new JsonArray();
            for (StatedFact f : g.facts()) {
                JsonObject fact = new JsonObject();
                String party = switch (g.part()) {
                    case SUBJECT -> f.object();
                    case OBJECT -> f.subject();
                    case SOURCE -> f.subject() + " " + f.relation() + (f.object() == null ? "" : " " + f.object());
                };
                fact.put("party", party == null ? "" : party);
                fact.put("qualifiers", Json.strings(f.qualifiers()));
                fact.put("article", f.article());
                fact.put("evidence", Json.strings(f.evidence()));
                facts.add(fact);
            }
            group.put("facts", facts);
            groups.add(group);
        }
        out.put("groups", groups);
        return out;
    }

    byte[] picture() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synchronized (storeLock) {
            try (GraphStore graph = GraphStore.openExisting(store)) {
                HtmlWriter.write(PictureOperation.read(graph), out);
            }
        }
        return out.toByteArray();
    }

    /** A mapping file of the project named exactly as listed: a request never names a path. */
    private Path mappingFile(String name) {
        return SeedsFolder.list(project.seeds()).mappingFiles().stream()
                .filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new KgException(ErrorCode.FILE_MISSING, "no mapping file '" + name + "' in "
                        + project.seeds() + " — pick one of the project's articles"));
    }

    private JsonObject outcome(CurationWrites.Outcome o) {
        JsonObject out = new JsonObject();
        out.put("written", o.written());
        out.put("draft", o.draft());
        out.put("firstLine", o.firstLine());
        JsonArray problems = Json.problems(o.problems());
        for (int i = 0; i < o.problems().size(); i++) {
            Problem p = o.problems().get(i);
            int index = p.where().line() - o.firstLine();
            if (same(p.where().file(), Path.of(o.file())) && index >= 0 && index < o.lines().size()) {
                problems.get(i).getAsObject().put("field", o.lines().get(index).field());
            }
        }
        out.put("problems", problems);
        return out;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String string(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.getString(key) : "";
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.hasKey(key) || !o.get(key).isArray()) {
            return List.of();
        }
        return o.get(key).getAsArray().stream().filter(v -> v.isString()).map(v -> v.getAsString().value())
                .filter(s -> !s.isBlank()).toList();
    }

    private static JsonObject object(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isObject() ? o.getObj(key) : new JsonObject();
    }

    private static boolean bool(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isBoolean() && o.getBoolean(key);
    }
}
