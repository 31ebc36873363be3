package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.cli.AdminTool;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg export --format neo4j-csv} imported by Neo4j's own bulk importer — the code {@code neo4j-admin database
 * import full} runs, started as neo4j-admin starts it, with the command docs/sharing.md gives — and read back with
 * Cypher from the embedded database: who invests in Scale AI answers what {@code kg query investments} answers.
 */
@Tag("slow") // a Neo4j import and an embedded Neo4j, about 20 s
class Neo4jImportTest {
    /** The import command of docs/sharing.md: from "neo4j-admin" to the end of its last continued line. */
    private static final Pattern COMMAND = Pattern.compile("neo4j-admin database import full(?:[^\\n]*\\\\\\n)*[^\\n]*");

    @Test
    void neo4jImportsTheCsvAndCypherFindsTheInvestorsKgQueryFinds(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("neo4j-home"));
        List<String> command = documentedCommand();
        assertEquals("neo4j-admin", command.get(0), command.toString());
        Path folder = dir.resolve(csvFolder(command));
        Kg.Run export = SeedStore.kg("export", "--format", "neo4j-csv", "-o", folder.toString());
        assertEquals(0, export.exit(), export.err());

        Path log = dir.resolve("import.log");
        Process importer = adminTool(dir, home, log, command.subList(1, command.size())).start();
        assertTrue(importer.waitFor(120, TimeUnit.SECONDS), "the import did not end in 2 minutes");
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, importer.exitValue(), printed);
        int nodes = Files.readAllLines(folder.resolve("nodes.csv")).size() - 1;
        int relationships = Files.readAllLines(folder.resolve("relationships.csv")).size() - 1;
        assertTrue(printed.contains("IMPORT DONE"), printed);
        assertTrue(printed.contains("Imported:\n  " + nodes + " nodes\n  " + relationships + " relationships\n"), printed);

        Kg.Run query = SeedStore.kg("query", "investments", "--param", "company=scale-ai", "--format", "csv");
        assertEquals(0, query.exit(), query.err());
        List<String> expected = new ArrayList<>();
        for (String line : query.out().lines().skip(1).toList()) {
            // investor,investee,amount,stake,valuation,status,article,…: the seeds' names hold no comma.
            String[] f = line.split(",", -1);
            // The status as kg words it ("in talks"), and as a relationship property names it (InTalks), lower-cased.
            expected.add(String.join(" / ", f[0], f[1], f[2], f[5].replace(" ", ""), f[6]));
        }
        assertEquals(5, expected.size(), query.out());

        DatabaseManagementService neo4j = new DatabaseManagementServiceBuilder(home).build();
        try {
            GraphDatabaseService db = neo4j.database("neo4j");
            List<String> rows = new ArrayList<>();
            try (Transaction tx = db.beginTx();
                 Result result = tx.execute("MATCH (i)-[r:INVESTS_IN]->(s {id: 'scale-ai'})"
                         + " RETURN i.label AS investor, s.label AS investee, r.qualifiers AS qualifiers,"
                         + " toLower(r.status) AS status, r.article AS article ORDER BY investee, investor, article")) {
                while (result.hasNext()) {
                    Map<String, Object> row = result.next();
                    String[] qualifiers = (String[]) row.get("qualifiers");
                    rows.add(String.join(" / ", (String) row.get("investor"), (String) row.get("investee"), qualifiers[0],
                            (String) row.get("status"), (String) row.get("article")));
                }
            }
            assertEquals(expected, rows);
            assertEquals(List.of(List.of("Entity", "Startup"), List.of("Scale"), List.of(nodes, relationships)), List.of(
                    one(db, "MATCH (s {id: 'scale-ai'}) RETURN labels(s) AS v"),
                    one(db, "MATCH (s {id: 'scale-ai'}) RETURN s.aliases AS v"),
                    one(db, "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() WITH n, count(r) AS r RETURN [n, r] AS v")));
            // Lists arrive as lists: the quotes, each whole (they may hold ';', the importer's default delimiter).
            List<?> quotes = one(db, "MATCH (:Person {id: 'andrew-bosworth'})-[r:WORKS_FOR]->({id: 'meta'}) RETURN r.quotes AS v");
            // An empty list is an empty field, which the importer leaves out: no property.
            assertEquals(List.of(false), one(db, "MATCH ({id: 'meta'})-[r:CUSTOMER_OF]->({id: 'nvidia'})"
                    + " RETURN [r.qualifiers IS NOT NULL] AS v"));
            assertEquals(List.of("Il CTO Andrew Bosworth ha esortato a “reinventare i legami tra Silicon Valley e industria"
                    + " della difesa”"), quotes);
        } finally {
            neo4j.shutdown();
        }
    }

    private static List<?> one(GraphDatabaseService db, String cypher) {
        try (Transaction tx = db.beginTx(); Result result = tx.execute(cypher)) {
            Object v = result.next().get("v");
            List<?> items = v instanceof String[] array ? List.of(array) : (List<?>) v; // a property's array, or a list
            return items.stream().map(x -> x instanceof Long l ? l.intValue() : x).toList();
        }
    }

    /** The documented command as the shell splits it: continuations joined, single quotes removed. */
    private static List<String> documentedCommand() throws Exception {
        String doc = Files.readString(TestProjects.REPO.resolve("docs/sharing.md"), StandardCharsets.UTF_8);
        Matcher m = COMMAND.matcher(doc);
        assertTrue(m.find(), "docs/sharing.md gives no neo4j-admin import command");
        String line = m.group().replace("\\\n", " ");
        assertTrue(line.matches("[^\"$`]*"), "a word the test cannot split as the shell does: " + line);
        return Arrays.stream(line.strip().split("\\s+")).map(w -> w.replace("'", "")).toList();
    }

    /** The folder the documented command reads the CSV files from, relative to where it runs. */
    private static String csvFolder(List<String> command) {
        String nodes = command.stream().filter(w -> w.startsWith("--nodes=")).findFirst().orElseThrow();
        return Path.of(nodes.substring("--nodes=".length())).getParent().toString();
    }

    /**
     * Neo4j's admin tool run as the neo4j-admin script runs it: its own JVM, NEO4J_HOME set, in the folder the
     * command's relative paths start from, with the JVM options Neo4j needs on this JDK. The JIT's first tier and
     * the serial collector suit a run of a few seconds: about a third less time.
     */
    private static ProcessBuilder adminTool(Path workingDir, Path home, Path log, List<String> args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), AdminTool.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NEO4J_HOME", home.toString());
        return builder;
    }
}
