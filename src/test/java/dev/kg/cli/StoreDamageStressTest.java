package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random corruptions of a built store ({@code -Dkg.damages=N}, default 20; {@code -Dkg.seed=S} replays), one
 * at a time: after each, every reading command (query, export, describe, path, serve, check) either answers
 * exactly as the undamaged store did or stops with {@code store-damaged} and prints nothing; then
 * {@code kg build} repairs the store. {@code -Dkg.damage.minutes=M} (default 30) bounds the whole run.
 */
@Tag("slow") // builds the store again after every corruption
class StoreDamageStressTest {
    private static final int COUNT = Integer.getInteger("kg.damages", 20);
    private static final long SEED = Long.getLong("kg.seed", 20261202L);
    private static final Duration BUDGET = Duration.ofMinutes(Integer.getInteger("kg.damage.minutes", 30));
    /** One corruption's commands and rebuild take seconds; this much means something hangs. */
    private static final Duration ONE_ROUND = Duration.ofMinutes(3);
    private static final Path PROJECT = TestProjects.REPO;
    private static final String SERVE_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @Test
    void everyCommandAnswersAsBeforeOrRefusesAndABuildRepairsEveryCorruption(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Kg.Run first = build(store);
        assertEquals(0, first.exit(), first.err());
        Map<String, Kg.Run> expected = StoreReads.runAll(PROJECT, store);
        String served = serve(store);
        String export = expected.get("export --format nquads --with-ontology").out();

        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> outcomes = new TreeMap<>();   // per kind: corruptions, refused, answered as before
        long start = System.nanoTime();
        int done = 0;
        for (; done < COUNT && System.nanoTime() - start < BUDGET.toNanos(); done++) {
            int round = done;
            assertTimeoutPreemptively(ONE_ROUND, () -> {
                StoreCorruption corruption = StoreCorruption.apply(store, random);
                int[] counts = outcomes.computeIfAbsent(corruption.kind().name().toLowerCase().replace('_', ' '), k -> new int[3]);
                counts[0]++;
                String where = "#" + round + " (" + corruption.what() + "): ";
                Map<String, Kg.Run> runs = StoreReads.runAll(PROJECT, store);
                runs.put("check", StoreReads.run(PROJECT, store, List.of("check")));
                for (Map.Entry<String, Kg.Run> run : runs.entrySet()) {
                    Kg.Run before = run.getKey().equals("check") ? null : expected.get(run.getKey());
                    if (StoreReads.refusedAsDamaged(run.getValue())) {
                        counts[1]++;
                    } else if (before != null ? before.equals(run.getValue()) : run.getValue().exit() == 0) {
                        counts[2]++;
                    } else {
                        wrong.add(where + run.getKey() + ": exit " + run.getValue().exit() + ", "
                                + run.getValue().out().length() + " characters out, " + run.getValue().err().strip());
                    }
                }
                String serve = serve(store);
                if (serve.equals("damaged")) {
                    counts[1]++;
                } else if (serve.equals(served)) {
                    counts[2]++;
                } else {
                    wrong.add(where + "serve: " + serve);
                }
                Kg.Run rebuild = build(store);
                if (rebuild.exit() != 0 || StoreReads.run(PROJECT, store, List.of("check")).exit() != 0
                        || !Kg.nquads(PROJECT, store).equals(export)) {
                    wrong.add(where + "kg build did not repair the store: exit " + rebuild.exit() + ", " + rebuild.err().strip());
                }
            }, () -> "corruption #" + round + " (seed " + SEED + ") took more than " + ONE_ROUND);
        }
        System.out.printf("kg.damage: %d corruptions (seed %d) in %d s: %d answers as before, %d refusals, %d wrong;"
                        + " kg build repaired every one%n", done, SEED, (System.nanoTime() - start) / 1_000_000_000L,
                outcomes.values().stream().mapToInt(c -> c[2]).sum(), outcomes.values().stream().mapToInt(c -> c[1]).sum(),
                wrong.size());
        outcomes.forEach((kind, c) -> System.out.printf("kg.damage:   %-11s %3d corruptions: %4d refusals, %4d answers as before%n",
                kind, c[0], c[1], c[2]));
        wrong.stream().limit(40).forEach(w -> System.out.println("kg.damage: WRONG " + w));
        assertEquals(List.of(), wrong, "seed " + SEED);
        assertEquals(COUNT, done, "only " + done + " of " + COUNT + " corruptions fit in " + BUDGET);
    }

    private static Kg.Run build(Path store) {
        return Kg.run("build", "--project", PROJECT.toString(), "--store", store.toString());
    }

    /** What {@code kg serve} answers over HTTP (it opens the store as the command does), or "damaged". */
    private static String serve(Path store) {
        try (GraphStore graph = GraphStore.openExisting(store);
             SparqlEndpoint endpoint = SparqlEndpoint.start(graph, "127.0.0.1", 0, Duration.ofSeconds(30));
             QueryExecution exec = QueryExecutionHTTP.service(endpoint.queryUrl()).query(SERVE_QUERY).build()) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(csv, exec.execSelect());
            return csv.toString(StandardCharsets.UTF_8);
        } catch (KgException e) {
            return e.code() == ErrorCode.STORE_DAMAGED ? "damaged" : e.code().tag() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
