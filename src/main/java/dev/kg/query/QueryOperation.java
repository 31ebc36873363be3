package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.KgException;
import dev.kg.error.NearMiss;
import dev.kg.error.SourceLocation;
import dev.kg.export.RdfSyntax;
import dev.kg.jena.SparqlSyntaxError;
import dev.kg.rdf.ConceptLookup;
import dev.kg.rdf.EntityLookup;
import dev.kg.rdf.Iris;
import dev.kg.rdf.Prefixes;
import dev.kg.store.GraphStore;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;

/** Runs a query over the store's union graph and writes its results in the chosen format. */
public final class QueryOperation {
    /** Formats for SELECT and ASK results. */
    public static final List<String> RESULT_FORMATS = List.of("text", "csv", "tsv", "json", "xml");

    private QueryOperation() {
    }

    /** Every format the command accepts, for help and completion. */
    public static List<String> formats() {
        return Stream.concat(RESULT_FORMATS.stream(), RdfSyntax.keys().stream()).toList();
    }

    /** How far a query may go: how long it may run, and whether SERVICE may reach the network. */
    public record Limits(Duration timeout, boolean allowService) {
    }

    /**
     * Runs the query on a thread with a bounded stack (see {@link BoundedStack}), so that a query too deep for
     * Jena's recursive evaluator ends in a clear error and not a StackOverflowError.
     *
     * @param format null for the default: a text table, or Turtle for CONSTRUCT and DESCRIBE
     */
    public static void run(GraphStore store, SavedQuery saved, Map<String, String> params, String format,
                           Limits limits, OutputStream out) {
        BoundedStack.run(saved.file().toString(), () -> runHere(store, saved, params, format, limits, out));
    }

    private static void runHere(GraphStore store, SavedQuery saved, Map<String, String> params, String format,
                                Limits limits, OutputStream out) {
        Duration timeout = limits.timeout();
        QueryText.check(saved.file().toString(), saved.text());
        Query query = parse(saved);
        if (!limits.allowService()) {
            refuseService(saved, query);
        }
        String chosen = format != null ? format : (query.isConstructType() || query.isDescribeType()) ? "turtle" : "text";
        checkFormat(query, chosen);
        DeadlineOutputStream timed = new DeadlineOutputStream(out, System.nanoTime() + timeout.toNanos());
        store.read(() -> {
            Binding binding = bind(saved, params, new EntityLookup(store.dataset())::find, new ConceptLookup(store.dataset())::find);
            QueryDataset.requireNamedGraphs(store, query);
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                    .query(query)
                    .substitution(binding)
                    .set(TDB2.symUnionDefaultGraph, !query.hasDatasetDescription())
                    .set(ARQ.httpServiceAllowed, limits.allowService())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                ResultWriter.write(exec, query, chosen, timed);
                timed.flush();
            } catch (QueryScopeException e) {
                throw new KgException(ErrorCode.PARAM_CLASH,
                        saved.file() + ": " + e.getMessage() + " — a parameter cannot be bound where the"
                        + " query assigns the same variable (BIND ... AS, SELECT ... AS, VALUES); rename one of them", e);
            } catch (HttpException | QueryExceptionHTTP e) {
                throw new KgException(ErrorCode.SERVICE_FAILED,
                        "a SERVICE call failed (" + FirstLine.of(e)
                        + ") — check that the endpoint is up and reachable", e);
            } catch (RuntimeException e) {
                if (causedBy(e, QueryCancelledException.class) || causedBy(e, DeadlineOutputStream.Expired.class)) {
                    throw new KgException(ErrorCode.QUERY_TIMEOUT, "the query took longer than " + timeout.toSeconds()
                            + " s and was stopped — make it more selective, or allow more time with --timeout", e);
                }
                throw e;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A SERVICE clause would make the query reach the network, so it needs the user's explicit consent. */
    private static void refuseService(SavedQuery saved, Query query) {
        List<String> services = new ArrayList<>();
        if (query.getQueryPattern() == null) {
            return; // DESCRIBE <iri> has no pattern
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                services.add(FmtUtils.stringForNode(service.getServiceNode()));
            }
        });
        if (!services.isEmpty()) {
            throw new KgException(ErrorCode.SERVICE_REFUSED,
                    saved.file() + ": the query calls SERVICE " + services.get(0)
                    + ", which would reach the network; kg refuses it — query the local graph only,"
                    + " or pass --allow-service if you mean it");
        }
    }

    static Query parse(SavedQuery saved) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.STANDARD));
        try {
            return QueryFactory.parse(query, saved.text(), null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(saved.text())) {
                throw new KgException(ErrorCode.UPDATE_REFUSED,
                        saved.file() + ": this is a SPARQL update; kg query only reads the graph — "
                        + "change the graph by editing the mapping files and running 'kg build'");
            }
            SparqlSyntaxError error = SparqlSyntaxError.of(e);
            SourceLocation at = new SourceLocation(saved.file(), error.line(), error.column());
            throw new KgException(ErrorCode.SPARQL_SYNTAX, at + ": SPARQL syntax: " + error.message()
                    + " — fix the query near this point", e);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Binds each parameter as one RDF term; an entity parameter names its entity by id, label or alias, in either
     * language and any case, as {@code entities} finds it (with "did you mean" when it finds none).
     */
    static Binding bind(SavedQuery saved, Map<String, String> params, Function<String, Node> entities,
                        BiFunction<String, String, Node> concepts) {
        BindingBuilder builder = BindingBuilder.create();
        List<String> declared = saved.params().stream().map(SavedQuery.Param::name).toList();
        for (Map.Entry<String, String> given : params.entrySet()) {
            SavedQuery.Param param = saved.param(given.getKey()).orElseThrow(() -> new KgException(ErrorCode.UNKNOWN_PARAM, 
                    "the query declares no parameter '" + given.getKey() + "' — "
                            + (declared.isEmpty() ? "it takes no parameters"
                            : NearMiss.hint(given.getKey(), declared, "parameters"))));
            if (param.type() == ParamType.ENTITY) {
                builder.add(Var.alloc(param.name()), entities.apply(given.getValue()));
                continue;
            }
            if (param.type() == ParamType.CONCEPT) {
                builder.add(Var.alloc(param.name()), concepts.apply(param.scheme(), given.getValue()));
                continue;
            }
            builder.add(Var.alloc(param.name()), param.type().toNode(given.getValue()).orElseThrow(() -> new KgException(ErrorCode.INVALID_PARAM, 
                    "invalid value '" + given.getValue() + "' for parameter '" + param.name() + "' — give "
                            + param.type().expects())));
        }
        for (SavedQuery.Param p : saved.params()) {
            if (p.required() && !params.containsKey(p.name())) {
                throw new KgException(ErrorCode.MISSING_PARAM,
                        "the query needs --param " + p.name() + "=VALUE (" + p.type().expects() + ")");
            }
            if (p.defaultValue() != null && !params.containsKey(p.name()) && p.type() == ParamType.ENTITY) {
                builder.add(Var.alloc(p.name()), entities.apply(p.defaultValue()));
            } else if (p.defaultValue() != null && !params.containsKey(p.name()) && p.type() == ParamType.CONCEPT) {
                builder.add(Var.alloc(p.name()), concepts.apply(p.scheme(), p.defaultValue()));
            } else if (p.defaultValue() != null && !params.containsKey(p.name())) {
                builder.add(Var.alloc(p.name()), p.type().toNode(p.defaultValue()).orElseThrow(() -> new KgException(ErrorCode.PARAM_DECLARATION, 
                        saved.file() + ": the default '" + p.defaultValue() + "' of parameter '" + p.name()
                                + "' is not " + p.type().expects() + " — fix the '# param:' line")));
            }
        }
        return builder.build();
    }

    private static void checkFormat(Query query, String format) {
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        if (graphResult && RdfSyntax.fromKey(format).isEmpty()) {
            throw new KgException(ErrorCode.FORMAT_MISMATCH, "--format " + format + " is for SELECT and ASK results; a "
                    + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE") + " query writes RDF: "
                    + String.join(", ", RdfSyntax.keys()));
        }
        if (!graphResult && !RESULT_FORMATS.contains(format)) {
            throw new KgException(ErrorCode.FORMAT_MISMATCH,
                    "--format " + format + " is not a result format; SELECT and ASK results take "
                    + String.join(", ", RESULT_FORMATS));
        }
    }
}
