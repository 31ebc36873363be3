package dev.kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs kg through the real picocli command line, capturing what it prints. */
public final class Kg {
    public record Run(int exit, String out, String err) {
    }

    private Kg() {
    }

    /** The whole store as N-Quads, ontology included: what a test compares before and after. */
    public static String nquads(java.nio.file.Path project, java.nio.file.Path store) {
        Run run = run("export", "--project", project.toString(), "--store", store.toString(), "--format", "nquads",
                "--with-ontology");
        if (run.exit() != 0) {
            throw new IllegalStateException("export failed: " + run.err());
        }
        return run.out();
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = KgCommandLine.create(new Console(o, e), args).execute(args);
            o.flush();
            e.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
