package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg export --format dot|html}: the picture of the seed graph, the HTML one rendered in headless Chromium. */
@Tag("slow") // renders in headless Chromium
class PictureExportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void dotHasOneColouredNodePerEntityAndOneLabelledEdgePerRelation() {
        Kg.Run run = SeedStore.kg("export", "--format", "dot");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("digraph kg {", "  graph [rankdir=LR, fontname=\"Helvetica\"];",
                "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];",
                "  edge [fontname=\"Helvetica\", fontsize=10];",
                "  \"alexandr-wang\" [label=\"Alexandr Wang\", tooltip=\"Person\", fillcolor=\"#90be6d\"];"), lines.subList(0, 5));
        assertEquals(37, lines.stream().filter(l -> l.contains("fillcolor=")).count());
        assertEquals(46, lines.stream().filter(l -> l.contains(" -> ")).count());
        // A status other than "reported" is part of the edge's label: the stages the articles give, and a role that ended.
        assertTrue(lines.contains("  \"jason-droege\" -> \"uber-eats\" [label=\"leads — former\", tooltip=\"001_d5649c7f9c9adf91\"];"), run.out());
        assertTrue(lines.contains("  \"meta\" -> \"scale-ai\" [label=\"invests in — completed, in talks (5 articles)\", tooltip=\"000_9546f4cd82c692eb,"
                + " 001_d5649c7f9c9adf91, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce\"];"), run.out());
        assertTrue(lines.contains("  \"defense-llama\" -> \"llama\" [label=\"based on (2 articles)\", tooltip=\"000_9546f4cd82c692eb,"
                + " 003_3a9745ee0dab3a5e\"];"), run.out());
        assertEquals("}", lines.get(lines.size() - 1));
    }

    @Test
    void htmlIsOneFileThatLoadsNothingAndIsTheSameEachTime(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a.html");
        Path second = dir.resolve("b.html");
        assertEquals(0, SeedStore.kg("export", "--format", "html", "-o", first.toString()).exit());
        assertEquals(0, SeedStore.kg("export", "--format", "html", "-o", second.toString()).exit());
        String html = Files.readString(first);
        assertEquals(html, Files.readString(second));
        assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]+(src|href)=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertTrue(html.contains("<h1>kg: 37 entities, 46 relations</h1>"));
    }

    @Test
    void aPictureDrawsTheWholeGraph() {
        Kg.Run run = SeedStore.kg("export", "--format", "html", "--graph", "entities");
        assertEquals(2, run.exit());
        assertEquals("kg export: --format html draws the whole graph; --graph and --with-ontology are for RDF formats"
                + " (the HTML page filters by article) [usage]\n", run.err());
    }

    @Test
    void htmlRendersInHeadlessChromiumWithoutErrors(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (.ci/run installs it)");
        Path page = dir.resolve("graph.html");
        assertEquals(0, SeedStore.kg("export", "--format", "html", "-o", page.toString()).exit());

        Rendered all = render(dir, page, "");
        assertEquals("data-nodes=\"37\" data-edges=\"46\" data-errors=\"0\" data-ready=\"yes\"", all.bodyState());
        assertEquals(List.of(), all.consoleProblems());

        // The article filter and a click on an entity, reached through the page's own link form.
        Rendered filtered = render(dir, page, "#article=002_cf741e01a53c0ac0&entity=stargate");
        assertEquals("data-nodes=\"17\" data-edges=\"19\" data-errors=\"0\" data-ready=\"yes\"", filtered.bodyState());
        assertTrue(filtered.dom().contains("<h2>Stargate (Initiative)</h2><div class=\"fact\"><div>Stargate based in United States</div>"
                + "<div class=\"article\">002_cf741e01a53c0ac0</div><blockquote>“iniziative statunitensi come Stargate”</blockquote></div>"),
                filtered.dom());
    }

    private record Rendered(String dom, List<String> consoleProblems) {
        String bodyState() {
            Matcher m = Pattern.compile("<body ([^>]*)>").matcher(dom);
            return m.find() ? m.group(1) : dom;
        }
    }

    private static Rendered render(Path dir, Path page, String fragment) throws Exception {
        Path log = dir.resolve("chromium.log");
        Path dom = dir.resolve("dom.html");
        // Flags as the machine's notes advise: no sandbox (root), no background network traffic.
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=10000", "--dump-dom", page.toUri() + fragment)
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        assertTrue(chromium.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.contains(":CONSOLE") && !line.contains("INFO:CONSOLE") || line.contains("Uncaught")) {
                problems.add(line);
            }
        }
        return new Rendered(Files.readString(dom), problems);
    }
}
