package dev.kg.cli;

import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Lists the saved queries in queries/, with their titles and parameters.",
        footerHeading = "%nExamples:%n",
        footer = {"  kg queries"})
final class QueriesCommand implements Runnable {
    private final Console console;

    @Mixin
    ProjectOptions options;

    QueriesCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        List<SavedQuery> queries = new SavedQueries(options.project().queries()).list();
        int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(4);
        for (SavedQuery q : queries) {
            console.out().printf("%-" + width + "s  %s%n", q.name(), q.title());
            for (SavedQuery.Param p : q.params()) {
                String note = p.required() ? " (required)" : p.defaultValue() != null ? " (default " + p.defaultValue() + ")" : "";
                console.out().printf("%-" + width + "s    --param %s=%s%s  %s%n", "", p.name(),
                        p.scheme() != null ? p.scheme().toUpperCase(java.util.Locale.ROOT) : p.type().key().toUpperCase(java.util.Locale.ROOT),
                        note, p.description());
            }
        }
        if (queries.isEmpty()) {
            console.err().println("no saved queries: add .rq files to " + options.project().queries());
        }
    }

}
