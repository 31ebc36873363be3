package dev.kg.cli;

import dev.kg.error.FirstLine;
import dev.kg.query.BoundQuery;
import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import dev.kg.store.GraphStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Every saved query of the repository, run by kg on the seed store and sent (its parameters written in) to
 * another server's SPARQL endpoint after a push: whether the server answers with the same rows.
 */
final class VirtuosoAnswers {
    /** The parameters a query needs; the others run with their defaults. */
    static final Map<String, Map<String, String>> PARAMS = Map.of(
            "entity-facts", Map.of("entity", "scale-ai"),
            "people-by-role", Map.of("role", "CEO"),
            "purposes", Map.of("purpose", "helmets"));

    private VirtuosoAnswers() {
    }

    /**
     * Each saved query by name, and how the server's answer compares with kg's: "same rows" (the same terms in
     * the same order), "same values" (numbers or booleans written in other forms, such as 1 for true),
     * "same values, another order", "differs: ..." or "error: ..." with the server's first line.
     */
    static Map<String, String> compare(String sparql) {
        Map<String, String> texts = new LinkedHashMap<>();
        SavedQueries saved = new SavedQueries(TestProjects.REPO.resolve("queries"));
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            for (SavedQuery q : saved.list()) {
                texts.put(q.name(), BoundQuery.text(store, q, PARAMS.getOrDefault(q.name(), Map.of())));
            }
        }
        Map<String, String> outcomes = new TreeMap<>();
        texts.forEach((name, text) -> {
            List<List<String>> ours = rows(kg(name));
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(sparql).queryString(text)
                    // Virtuoso 7 never answers a query POSTed as application/sparql-query; it takes a form.
                    .sendMode(QuerySendMode.asPostForm).timeout(60, TimeUnit.SECONDS).build()) {
                outcomes.put(name, outcome(ours, rows(exec.execSelect())));
            } catch (RuntimeException e) {
                outcomes.put(name, "error: " + FirstLine.of(e));
            }
        });
        return outcomes;
    }

    private static ResultSet kg(String name) {
        List<String> args = new ArrayList<>(List.of("query", name, "--format", "json"));
        PARAMS.getOrDefault(name, Map.of()).forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
        Kg.Run run = SeedStore.kg(args.toArray(String[]::new));
        if (run.exit() != 0) {
            throw new IllegalStateException(name + ": " + run.err());
        }
        return ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    /** Each row as its terms, in the order of the result's variables ("" where unbound). */
    private static List<List<String>> rows(ResultSet results) {
        List<List<String>> rows = new ArrayList<>();
        List<String> vars = results.getResultVars();
        rows.add(vars);
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> terms = new ArrayList<>();
            for (String v : vars) {
                terms.add(row.get(v) == null ? "" : NodeFmtLib.strNT(row.get(v).asNode()));
            }
            rows.add(terms);
        }
        return rows;
    }

    private static String outcome(List<List<String>> ours, List<List<String>> theirs) {
        if (ours.equals(theirs)) {
            return "same rows";
        }
        List<List<String>> a = values(ours);
        List<List<String>> b = values(theirs);
        if (a.equals(b)) {
            return "same values";
        }
        Comparator<List<String>> byText = Comparator.comparing(Object::toString);
        if (a.stream().sorted(byText).toList().equals(b.stream().sorted(byText).toList())) {
            return "same values, another order";
        }
        return "differs: kg " + (ours.size() - 1) + " rows, the server " + (theirs.size() - 1);
    }

    /** Numbers as their value (870000000.0 and 870000000 alike), booleans as 1 and 0, as Virtuoso keeps them. */
    private static List<List<String>> values(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(VirtuosoAnswers::value).toList()).toList();
    }

    private static String value(String term) {
        if (!term.startsWith("\"")) {
            return term;
        }
        NodeValue v = NodeValue.makeNode(NodeFactoryExtra.parseNode(term));
        if (v.isBoolean()) {
            return v.getBoolean() ? "1" : "0";
        }
        if (v.isNumber()) {
            return v.getDecimal().stripTrailingZeros().toPlainString();
        }
        return term;
    }
}
