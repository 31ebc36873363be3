package dev.kg.cli;

import dev.kg.build.CheckOperation;
import dev.kg.store.StoreCheck;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the store against the manifest its build wrote: every file's size and checksum, and the"
                + " triples in each graph.",
            "Every command checks sizes and checksums before it reads the store; this also reads the rest of each"
                + " file and counts the triples. A damaged store fails with [store-damaged]; 'kg build' rebuilds it."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg check", "  kg check --store /tmp/kg-store"})
final class CheckCommand implements Runnable {
    private final Console console;

    @Mixin
    StoreOptions options;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Path dir = options.store(options.project());
        StoreCheck check = CheckOperation.check(dir);
        console.out().printf("ok: %s is as its build wrote it: %s, %d files (%,d bytes), %d graphs with %,d triples"
                        + " (built by kg %s with Jena %s); data %s%n",
                dir, check.generation(), check.files(), check.bytes(), check.triplesPerGraph().size(), check.triples(),
                check.kgVersion(), check.jenaVersion(), check.size().describe());
        console.out().flush();
    }
}
