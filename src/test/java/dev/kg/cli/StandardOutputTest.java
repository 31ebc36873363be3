package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.io.SmallDisk;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command whose standard output cannot be written exits non-zero with [output-failed], never 0 with a cut file. */
class StandardOutputTest {
    private static final String DEV_FULL_ERROR = "kg export: cannot write to standard output (the disk is full, the reader"
            + " closed the pipe, or the device refuses writes), so the output is incomplete — check where standard output"
            + " goes [output-failed]\n";

    @Test
    void exportToDevFullFails(@TempDir Path dir) throws Exception {
        Kg.Run run = exportInProcess(dir.resolve("export.log"), new File("/dev/full"));
        assertEquals(1, run.exit(), run.err());
        assertEquals(DEV_FULL_ERROR, run.err());
    }

    @Test
    @Tag("slow") // a second JVM and a tmpfs
    void exportOntoAFullDiskFails(@TempDir Path dir) throws Exception {
        String turtle = SeedStore.kg("export").out();
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            disk.fill(turtle.length() / 4);
            Path out = disk.path().resolve("graph.ttl");
            Kg.Run run = exportInProcess(dir.resolve("export.log"), out.toFile());
            assertEquals(1, run.exit(), run.err());
            assertEquals(DEV_FULL_ERROR, run.err());
            assertTrue(Files.size(out) < turtle.length());
        }
    }

    /** The check is one, after every command: each command that prints is caught by it. */
    @Test
    void everyCommandThatPrintsChecksItsOutput() {
        String project = TestProjects.REPO.toString();
        String store = SeedStore.path();
        List<String[]> commands = List.of(
                new String[] {"export", "--format", "nquads"},
                new String[] {"export", "--format", "html"},
                new String[] {"query", "investments"},
                new String[] {"query", "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"},
                new String[] {"describe", "scale-ai"},
                new String[] {"path", "meta", "alexandr-wang"},
                new String[] {"queries"},
                new String[] {"validate", "--coverage"},
                new String[] {"export", "--help"});
        List<String> unchecked = new ArrayList<>();
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            if (!args.contains("--help")) {
                args.addAll(List.of("--project", project));
            }
            if (!args.contains("--help") && !command[0].equals("queries") && !command[0].equals("validate")) {
                args.addAll(List.of("--store", store));
            }
            Kg.Run run = runWithBrokenOutput(args.toArray(String[]::new));
            if (run.exit() != 1 || !run.err().matches("(ok: [^\\n]*\\n)?kg " + command[0] + ": cannot write to standard output [^\n]*"
                    + "\\[output-failed\\]\n")) {
                unchecked.add(String.join(" ", command) + " → exit " + run.exit() + ": " + run.err());
            }
        }
        assertEquals(List.of(), unchecked);
    }

    @Test
    void aCompletionScriptOnBrokenOutputFails() {
        Kg.Run run = runWithBrokenOutput("completion");
        assertEquals(1, run.exit());
        assertTrue(run.err().endsWith("[output-failed]\n"), run.err());
    }

    /** Runs kg in this JVM with a standard output that refuses every write, as /dev/full does. */
    private static Kg.Run runWithBrokenOutput(String... args) {
        OutputStream refusing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(refusing, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = KgCommandLine.create(new Console(o, e), args).execute(args);
            return new Kg.Run(exit, "", err.toString(StandardCharsets.UTF_8));
        }
    }

    /** {@code kg export} as its own process, standard output redirected to {@code out}; err is its stderr. */
    private static Kg.Run exportInProcess(Path log, File out) throws Exception {
        Process p = KgProcess.builder(log, "export", "--project", TestProjects.REPO.toString(), "--store", SeedStore.path())
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.to(out)).redirectError(log.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kg export finished");
        return new Kg.Run(p.exitValue(), "", Files.readString(log));
    }
}
