package dev.kg.cli;

import dev.kg.curate.CurateServer;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Opens the curation workbench: a local web page to read an article with its coverage, select"
                + " words to write a fact with that quote, and build and see the result.",
            "It writes the project's YAML files, inserting only the new fact, checked as 'kg validate' checks it;"
                + " it listens on this machine only, until Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg curate", "  kg curate --port 0   (any free port)"})
final class CurateCommand implements Runnable {
    private final Console console;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3040",
            description = "The port to listen on, on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    StoreOptions options;

    CurateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw new KgException(ErrorCode.USAGE, "--port must be between 0 and 65535");
        }
        Project p = options.project();
        CurateServer server = CurateServer.start(p, options.store(p), port);
        // Ctrl-C or SIGTERM: stop taking requests, then let this thread say so before the JVM goes.
        SignalStop signal = SignalStop.on(server::close);
        try (server) {
            console.err().printf("kg curate: workbench at %s (this machine only; Ctrl-C stops it)%n", server.url());
            console.err().flush();
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            console.err().println("kg curate: stopped");
            console.err().flush();
            signal.release();
        }
    }
}
