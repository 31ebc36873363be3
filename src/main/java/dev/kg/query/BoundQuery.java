package dev.kg.query;

import dev.kg.rdf.ConceptLookup;
import dev.kg.rdf.EntityLookup;
import dev.kg.store.GraphStore;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A saved query with its parameters written into its text, as kg query runs it: what another SPARQL endpoint
 * (a server the graph was pushed to) is sent to answer the same question.
 */
public final class BoundQuery {
    private BoundQuery() {
    }

    /** The query text, with the prefixes kg adds and each parameter (or its default) as one RDF term. */
    public static String text(GraphStore store, SavedQuery saved, Map<String, String> params) {
        QueryText.check(saved.file().toString(), saved.text());
        Binding binding = store.read(() -> QueryOperation.bind(saved, params, new EntityLookup(store.dataset())::find,
                new ConceptLookup(store.dataset())::find));
        Map<Var, Node> values = new HashMap<>();
        binding.forEach(values::put);
        // The terms go into the algebra and the query is written back from it: the substituted syntax repeats
        // "(term AS ?var)" in nested SELECTs and GROUP BYs, which no parser takes back. The columns are those
        // of the query as kg runs it, a parameter's among them wherever the substituted query projects it.
        Query parsed = QueryOperation.parse(saved);
        Query written = OpAsQuery.asQuery(Substitute.substitute(Algebra.compile(parsed), binding));
        written.setPrefixMapping(parsed.getPrefixMapping());
        VarExprList columns = new VarExprList();
        for (Var v : parsed.getProjectVars()) {
            columns.add(v, values.containsKey(v) ? NodeValue.makeNode(values.get(v)) : written.getProject().getExpr(v));
        }
        written.getProject().clear();
        columns.forEachVarExpr((v, e) -> {
            if (e == null) {
                written.addResultVar(v);
            } else {
                written.addResultVar(v, e);
            }
        });
        return written.serialize();
    }
}
