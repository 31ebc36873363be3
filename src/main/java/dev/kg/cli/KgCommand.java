package dev.kg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds an RDF knowledge graph from curated news facts, keeps it in an Apache Jena TDB2 store,"
                + " and answers saved SPARQL queries.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kg build                                   build the graph from seeds/",
            "  kg query investments --param company=scale-ai",
            "  kg describe \"Alex Wang\"                    what the graph knows about an entity",
            "  kg path anduril scale-ai                   how two entities are connected",
            "  kg export -o graph.ttl                     write the graph as Turtle",
            "",
            "Exit codes: 0 ok, 1 problems in the input, 2 usage error, 69 remote service failed, 75 store busy,"
                + " 70 internal error.",
            "Every error ends with its code, such as [unknown-entity]; docs/errors.md explains each."})
// The commands are added by KgCommandLine, which can build one alone.
final class KgCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet().stream().filter(c -> !c.equals("help")).toList()));
    }
}
