package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg push} to a real Fuseki started on a free loopback port, and to servers that fail. */
class PushTest {

    @Test
    void pushesEveryNamedGraphAndChecksTheCounts() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", remote, true).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/kg";
            String before = Kg.nquads(TestProjects.REPO, Path.of(SeedStore.path()));
            Kg.Run run = SeedStore.kg("push", url);
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.out());
            assertEquals("""
                          130  graph:entities
                         1518  graph:ontology
                          248  art:000_9546f4cd82c692eb
                          152  art:001_d5649c7f9c9adf91
                          231  art:002_cf741e01a53c0ac0
                          193  art:003_3a9745ee0dab3a5e
                          175  art:004_a15e93869306b3ce
                    pushed 7 graphs, 2647 triples to %s; the triple count of each graph there matches
                    note: the server's default graph does not show the named graphs, so the saved queries answer nothing \
                    there — for Fuseki, set tdb2:unionDefaultGraph true on the dataset (or query with GRAPH); \
                    Virtuoso and GraphDB answer over all graphs by default
                    """.formatted(url), run.err());
            // The remote dataset now holds exactly the local named graphs, and the local store is unchanged.
            DatasetGraph local = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(before, Lang.NQUADS).parse(local);
            Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(local, remote)));
            assertEquals(before, Kg.nquads(TestProjects.REPO, Path.of(SeedStore.path())));

            // A second push replaces the graphs rather than adding to them.
            assertEquals(0, SeedStore.kg("push", url).exit());
            Txn.executeRead(remote, () -> assertEquals(2647L, remote.stream().count()));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aDryRunListsWhatWouldBeSentAndSendsNothing() throws IOException {
        Stub stub = Stub.answering(204);
        try {
            Kg.Run run = SeedStore.kg("push", stub.url(), "--dry-run");
            assertEquals(0, run.exit(), run.err());
            assertEquals(7, run.out().lines().count());
            assertEquals("PUT " + stub.url() + "?graph=https://w3id.org/kg/graph/entities  130 triples",
                    run.out().lines().findFirst().orElseThrow());
            assertEquals("dry run: 7 graphs, 2647 triples would go to " + stub.url() + "; nothing was sent\n", run.err());
            assertEquals(List.of(), stub.requests);
        } finally {
            stub.stop();
        }
    }

    @Tag("slow") // waits out the backoff
    @Test
    void aDownEndpointIsRetriedThenReported() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Kg.Run run = SeedStore.kg("push", "http://127.0.0.1:" + port + "/kg", "--retries", "2");
        assertEquals(69, run.exit());
        assertEquals("kg push: cannot reach http://127.0.0.1:" + port + "/kg (connection refused) after 3 attempts"
                + " — check the URL and that the server is up [push-unreachable]\n", run.err());
    }

    @Test
    void anUnauthorizedPushIsNotRetried() throws IOException {
        Stub stub = Stub.answering(401);
        try {
            Kg.Run run = SeedStore.kg("push", stub.url());
            assertEquals(1, run.exit());
            assertEquals("kg push: " + stub.url() + " refused PUT https://w3id.org/kg/graph/entities (HTTP 401) — set"
                    + " KG_PUSH_USER and KG_PUSH_PASSWORD, or KG_PUSH_TOKEN, to credentials that may write (none were sent)"
                    + " [push-unauthorized]\n", run.err());
            assertEquals(1, stub.requests.size());
        } finally {
            stub.stop();
        }
    }

    @Tag("slow") // waits out the backoff
    @Test
    void aServerErrorIsRetriedWithBackoffThenReported() throws IOException {
        Stub stub = Stub.answering(500);
        try {
            Kg.Run run = SeedStore.kg("push", stub.url(), "--retries", "2");
            assertEquals(69, run.exit());
            assertEquals("kg push: " + stub.url() + " failed PUT https://w3id.org/kg/graph/entities with HTTP 500 after"
                    + " 3 attempts — see the server's log [push-failed]\n", run.err());
            assertEquals(3, stub.requests.size());
        } finally {
            stub.stop();
        }
    }

    @Test
    void credentialsComeFromTheEnvironment(@TempDir Path dir) throws Exception {
        Stub stub = Stub.answering(401);
        try {
            Path log = dir.resolve("push.log");
            ProcessBuilder pb = KgProcess.builder(log, "push", stub.url(), "--project", TestProjects.REPO.toString(),
                    "--store", SeedStore.path());
            pb.environment().put("KG_PUSH_TOKEN", "s3cret-token");
            assertEquals(1, pb.start().waitFor());
            assertEquals(List.of("PUT /kg?graph=https://w3id.org/kg/graph/entities Bearer s3cret-token"), stub.requests);
            String printed = Files.readString(log);
            assertTrue(printed.endsWith("(sent: bearer auth) [push-unauthorized]\n"), printed);
            assertTrue(!printed.contains("s3cret"), printed);
        } finally {
            stub.stop();
        }
    }

    /** A user and password answer the server's basic challenge; they are not sent before it asks. */
    @Test
    @Tag("slow")
    void aUserAndPasswordAnswerTheServersChallenge(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "writer: s3cret-pw\n");
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", remote, true)
                .passwordFile(passwords.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/kg";
            Path log = dir.resolve("push.log");
            ProcessBuilder pb = KgProcess.builder(log, "push", url, "--project", TestProjects.REPO.toString(),
                    "--store", SeedStore.path());
            pb.environment().put("KG_PUSH_USER", "writer");
            pb.environment().put("KG_PUSH_PASSWORD", "s3cret-pw");
            assertEquals(0, pb.start().waitFor(), Files.readString(log));
            Txn.executeRead(remote, () -> assertEquals(2647L, remote.stream().count()));

            pb.environment().put("KG_PUSH_PASSWORD", "wrong");
            assertEquals(1, pb.start().waitFor());
            assertTrue(Files.readString(log).endsWith("(sent: user auth) [push-unauthorized]\n"), Files.readString(log));
        } finally {
            fuseki.stop();
        }
    }

    /** A server that accepts the connection and never answers: the push gives up after its timeout. */
    @Tag("slow") // waits out the timeout
    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/kg";
            long start = System.nanoTime();
            Kg.Run run = SeedStore.kg("push", url, "--timeout", "1", "--retries", "1");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(69, run.exit(), run.err());
            assertEquals("kg push: " + url + " did not answer PUT https://w3id.org/kg/graph/entities within 1 s, 2 attempts"
                    + " — check that the server is up and is a Graph Store Protocol endpoint, or allow more time with"
                    + " --timeout [push-timeout]\n", run.err());
            assertTrue(millis < 10_000, "gave up after " + millis + " ms");
            assertEquals(2, accepted.size());
            silent.close();
            acceptor.interrupt();
            for (java.net.Socket s : accepted) {
                s.close();
            }
        }
    }

    /** Credentials in the URL are refused, and the password is never printed. */
    @Test
    void credentialsInTheUrlAreRefusedAndNeverShown() {
        for (String url : new String[] {"http://admin:s3cret-pw@127.0.0.1:9/kg", "https://admin:s3cret-pw@example.org/kg",
            "ftp://admin:s3cret-pw@example.org/kg", "http://admin:s3cret-pw@"}) {
            Kg.Run run = SeedStore.kg("push", url, "--verbose");
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().startsWith("kg push: the URL " + url.replace("admin:s3cret-pw@", "***@")
                    + " carries credentials before its '@', which other users can read in the process list and shell"
                    + " history — give the URL without them, and set KG_PUSH_USER and KG_PUSH_PASSWORD (or KG_PUSH_TOKEN)"
                    + " in the environment [credentials-in-url]\n"), run.err());
            assertFalse(run.out().contains("s3cret") || run.err().contains("s3cret"), run.err());
            assertFalse(run.err().contains("admin"), run.err());
        }
    }

    /** A plain HTTP server that answers every request with one status and records what it was asked. */
    private record Stub(HttpServer server, List<String> requests) {
        static Stub answering(int status) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            List<String> requests = new CopyOnWriteArrayList<>();
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + (auth == null ? "" : " " + auth));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return new Stub(server, requests);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/kg";
        }

        void stop() {
            server.stop(0);
        }
    }
}
