package dev.kg.cli;

import dev.kg.explore.Connection;
import dev.kg.explore.PathOperation;
import dev.kg.explore.StatedFact;
import dev.kg.project.Project;
import dev.kg.store.GraphStore;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Prints a shortest chain of relations that connects two entities, following relations in"
                + " either direction, with the articles and quotes that state each step.",
            "Exits with 1 and the code [no-path] when nothing connects them."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg path anduril scale-ai", "  kg path \"Jason Droege\" \"Defense Llama\""})
final class PathCommand implements Runnable {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FROM", description = "The first entity: id, label or alias.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The second entity: id, label or alias.")
    String to;

    @Mixin
    StoreOptions options;

    PathCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Project p = options.project();
        Connection c;
        try (GraphStore graph = GraphStore.openExisting(options.store(p))) {
            c = PathOperation.shortest(graph, from, to);
        }
        PrintStream out = console.out();
        StringBuilder chain = new StringBuilder(c.from());
        for (Connection.Step s : c.steps()) {
            chain.append(s.forward() ? " —" + s.relation() + "→ " + s.object() : " ←" + s.relation() + "— " + s.subject());
        }
        out.println(chain);
        out.printf("%d step%s%n", c.steps().size(), c.steps().size() == 1 ? "" : "s");
        for (Connection.Step s : c.steps()) {
            out.println();
            out.printf("%s %s %s%n", s.subject(), s.relation(), s.object());
            for (StatedFact f : s.claims()) {
                out.printf("  [%s]%s%n", f.article(), f.qualifiers().isEmpty() ? "" : " " + String.join(", ", f.qualifiers()));
                f.evidence().forEach(q -> out.printf("      \"%s\"%n", q));
            }
        }
        out.flush();
    }
}
