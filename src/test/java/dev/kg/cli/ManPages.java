package dev.kg.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes kg's man pages, one AsciiDoc file per command, from the command definitions themselves (picocli's
 * ManPageGenerator). The {@code man} Maven profile runs it and turns the pages into roff with Asciidoctor.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        int errors = generate(new File(args[0]));
        if (errors != 0) {
            throw new IllegalStateException(errors + " man pages could not be written");
        }
    }

    static int generate(File dir) throws IOException {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        return ManPageGenerator.generateManPage(dir, null, new boolean[0], false,
                KgCommandLine.create(new Console(silent, silent)).getCommandSpec());
    }
}
