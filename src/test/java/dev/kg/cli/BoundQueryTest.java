package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.query.BoundQuery;
import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import dev.kg.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

/** Each saved query with its parameters written in is standard SPARQL 1.1 and answers as kg query does. */
class BoundQueryTest {

    @Test
    void everySavedQueryWrittenOutAnswersAsKgQueryDoes() {
        SavedQueries saved = new SavedQueries(TestProjects.REPO.resolve("queries"));
        List<String> bound = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (SavedQuery q : saved.list()) {
            List<String> args = new ArrayList<>(List.of("query", q.name(), "--format", "csv"));
            VirtuosoAnswers.PARAMS.getOrDefault(q.name(), Map.of()).forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
            ours.add(q.name() + "\n" + SeedStore.kg(args.toArray(String[]::new)).out());
        }
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            List<String> theirs = new ArrayList<>();
            for (SavedQuery q : saved.list()) {
                String text = BoundQuery.text(store, q, VirtuosoAnswers.PARAMS.getOrDefault(q.name(), Map.of()));
                Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
                theirs.add(q.name() + "\n" + store.read(() -> {
                    try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                            .set(TDB2.symUnionDefaultGraph, true).build()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        ResultSetMgr.write(out, exec.execSelect(), ResultSetLang.RS_CSV);
                        return out.toString(StandardCharsets.UTF_8);
                    }
                }));
            }
            assertEquals(ours, theirs);
        }
    }
}
