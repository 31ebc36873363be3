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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

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

        // The article filter and a click on an entity, reached through the page's own link form. The article's
        // 17 entities in relations and the two news outlets it credits, Bloomberg and Reuters.
        Rendered filtered = render(dir, page, "#article=002_cf741e01a53c0ac0&entity=stargate");
        assertEquals("data-nodes=\"19\" data-edges=\"19\" data-errors=\"0\" data-ready=\"yes\"", filtered.bodyState());
        assertTrue(filtered.dom().contains("<h2>Stargate (Initiative)</h2><div class=\"fact\"><div>Stargate based in United States</div>"
                + "<div class=\"article\">002_cf741e01a53c0ac0</div><blockquote>“iniziative statunitensi come Stargate”</blockquote></div>"),
                filtered.dom());
    }

    /** Every drawn label's box on the canvas (node, or a labelled edge), and the rendered size of its font. */
    private static final String LABELS = """
            const labels = [];
            cy.elements(':visible').forEach(e => {
              if (e.isEdge() && !e.style('label')) return;
              const b = e.isNode() ? e.renderedBoundingBox({ includeOverlays: false })
                  : e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
              labels.push({ id: e.id(), text: e.isNode() ? e.data('label') : e.style('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2,
                  font: parseFloat(e.style('font-size')) * cy.zoom() });
            });
            const canvas = cy.container().getBoundingClientRect();
            return { labels: labels, width: cy.width(), height: cy.height(),
                inView: canvas.left >= 0 && canvas.top >= 0 && canvas.right <= innerWidth && canvas.bottom <= innerHeight };
            """;

    @Test
    void atTheDefaultZoomEveryLabelIsReadableAndApartAndTheNewsOutletsAreReachable(@TempDir Path dir) throws Exception {
        assumeTrue(CuratePage.available(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        Path page = dir.resolve("graph.html");
        assertEquals(0, SeedStore.kg("export", "--format", "html", "-o", page.toString()).exit());
        ChromeDriver browser = CuratePage.browser(dir);
        try {
            browser.get(page.toUri().toString());
            assertEquals("yes", browser.findElement(By.tagName("body")).getAttribute("data-ready"));
            browser.getScreenshotAs(OutputType.FILE).renameTo(Path.of("target/picture.png").toAbsolutePath().toFile());
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) browser.executeScript(LABELS);
            assertEquals(true, drawn.get("inView"), "the canvas is not all in the 1366x768 page");
            double width = ((Number) drawn.get("width")).doubleValue();
            double height = ((Number) drawn.get("height")).doubleValue();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) drawn.get("labels");
            // The 37 entities and the caption of the row of those no edge reaches; no relation is labelled yet.
            assertEquals(38, labels.size(), labels.toString());
            for (Map<String, Object> a : labels) {
                assertTrue(n(a, "x1") >= 0 && n(a, "y1") >= 0 && n(a, "x2") <= width && n(a, "y2") <= height, "outside the canvas: " + a);
                assertTrue(n(a, "font") >= 11, "smaller than 11 px: " + a);
                for (Map<String, Object> b : labels) {
                    boolean apart = n(a, "x2") <= n(b, "x1") || n(b, "x2") <= n(a, "x1") || n(a, "y2") <= n(b, "y1") || n(b, "y2") <= n(a, "y1");
                    assertTrue(a == b || apart, "overlapping labels: " + a + " and " + b);
                }
            }
            assertTrue(labels.stream().anyMatch(l -> l.get("text").equals("Linked by no relation:")), labels.toString());

            // A news outlet, linked by dashed "according to" edges to the subjects of the claims credited to it.
            click(browser, "bloomberg");
            assertEquals("Bloomberg (NewsOutlet)", browser.findElement(By.cssSelector("#details h2")).getText());
            List<String> facts = browser.findElements(By.cssSelector("#details .fact > div:first-child")).stream().map(e -> e.getText()).toList();
            assertEquals(List.of("Meta invests in Scale AI (over 10 billion USD, valuation 14-25 billion USD, in talks, according to Bloomberg and Reuters)",
                    "Meta invests in Scale AI (over 10 billion USD, in talks, according to Bloomberg)",
                    "Meta invests in Scale AI (over 10 billion USD, in talks, according to Bloomberg)"), facts);
            assertEquals(List.of("according to"), browser.executeScript(
                    "return cy.$id('bloomberg').connectedEdges('.labelled').map(e => e.style('label'));"));
            // An entity no edge reaches, in the row: the claim that names it in a qualifier.
            click(browser, "instagram");
            assertEquals("Instagram (Product)", browser.findElement(By.cssSelector("#details h2")).getText());
            assertEquals(1, browser.findElements(By.cssSelector("#details .fact")).size());
        } finally {
            browser.quit();
        }
    }

    private static double n(Map<String, Object> label, String key) {
        return ((Number) label.get(key)).doubleValue();
    }

    /** A real click on the entity where the canvas draws it. */
    private static void click(ChromeDriver browser, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.executeScript(
                "const p = cy.$id(arguments[0]).renderedPosition(); return { x: p.x - cy.width() / 2, y: p.y - cy.height() / 2 };", id);
        new Actions(browser).moveToElement(browser.findElement(By.id("cy")), n(at, "x") > 0 ? (int) Math.floor(n(at, "x"))
                : (int) Math.ceil(n(at, "x")), (int) Math.round(n(at, "y"))).click().perform();
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
