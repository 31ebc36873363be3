package dev.kg.cli;

import dev.kg.explore.DescribeOperation;
import dev.kg.explore.EntityDescription;
import dev.kg.explore.StatedFact;
import dev.kg.project.Project;
import dev.kg.store.GraphStore;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Prints what the graph knows about an entity, grouped by relation: each fact with its"
                + " qualifiers, the article that states it and the quotes it rests on.",
        footerHeading = "%nExamples:%n",
        footer = {"  kg describe scale-ai", "  kg describe \"Alex Wang\"", "  kg describe \"Dipartimento della Difesa degli Stati Uniti\""})
final class DescribeCommand implements Runnable {
    private final Console console;

    @Parameters(paramLabel = "ENTITY", description = "The entity's id, or any of its labels or aliases, in either language (case is ignored).")
    String entity;

    @Mixin
    StoreOptions options;

    DescribeCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Project p = options.project();
        EntityDescription d;
        try (GraphStore graph = GraphStore.openExisting(options.store(p))) {
            d = DescribeOperation.describe(graph, entity);
        }
        PrintStream out = console.out();
        out.printf("%s (%s), %s%n", d.labels().isEmpty() ? d.id() : d.labels().get(0).text(), d.id(), d.type());
        out.printf("  IRI: <%s>%n", d.iri());
        out.printf("  labels: %s%n", String.join(", ", d.labels().stream().map(l -> l.text() + " (" + l.language() + ")").toList()));
        if (!d.aliases().isEmpty()) {
            out.printf("  also called: %s%n", String.join(", ", d.aliases()));
        }
        if (d.groups().isEmpty()) {
            out.println("  no facts");
        }
        for (EntityDescription.Group g : d.groups()) {
            out.println();
            out.println(switch (g.part()) {
                case SUBJECT -> g.relation();
                case OBJECT -> "← " + g.relation() + " (as object)";
                case SOURCE -> "credited with (the articles attribute these claims to it)";
            });
            for (StatedFact f : g.facts()) {
                String party = switch (g.part()) {
                    case SUBJECT -> f.object();
                    case OBJECT -> f.subject();
                    case SOURCE -> f.subject() + " " + f.relation() + (f.object() == null ? "" : " " + f.object());
                };
                String qualifiers = String.join(", ", f.qualifiers());
                String line = party == null ? qualifiers : qualifiers.isEmpty() ? party : party + " — " + qualifiers;
                out.printf("  %s  [%s]%n", line, f.article());
                f.evidence().forEach(q -> out.printf("      \"%s\"%n", q));
            }
        }
        if (!d.sources().isEmpty()) {
            out.println();
            out.println("articles");
            for (EntityDescription.Source s : d.sources()) {
                StringBuilder line = new StringBuilder("  [" + s.article() + "] " + s.title());
                if (s.publisher() != null) {
                    line.append(" — ").append(s.publisher());
                }
                if (s.published() != null) {
                    line.append(", published ").append(s.published()).append(s.inferred() ? " (inferred)" : "");
                }
                if (s.url() != null) {
                    line.append(" <").append(s.url()).append('>');
                }
                out.println(line);
            }
        }
        out.flush();
    }
}
