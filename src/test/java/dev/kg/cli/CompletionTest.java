package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced by a real bash (and zsh, where installed: .ci/run installs it). */
class CompletionTest {

    /** Runs the completion function for a command line typed so far, and prints what it offers. */
    private static final String COMPLETE = """
            line="$1"
            read -ra COMP_WORDS <<< "$line"
            [[ "$line" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$line"; COMP_POINT=${#line}; COMPREPLY=()
            _complete_kg 2>/dev/null
            echo "${COMPREPLY[*]}"
            """;

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static Path script(Path dir) throws IOException {
        Kg.Run run = Kg.run("completion");
        assertEquals(0, run.exit(), run.err());
        return Files.writeString(dir.resolve("kg-completion.bash"), run.out());
    }

    @Test
    void bashCompletesCommandsOptionsAndFormats(@TempDir Path dir) throws Exception {
        Path script = script(dir);
        String source = "source " + script + "\n" + COMPLETE;
        assertEquals("queries query", run(List.of("bash", "-c", source, "bash", "kg qu")));
        assertEquals("turtle ntriples nquads trig jsonld rdfxml dot html graphml neo4j-csv", run(List.of("bash", "-c", source, "bash", "kg export --format ")));
        assertEquals("--timeout", run(List.of("bash", "-c", source, "bash", "kg query --ti")));
        assertEquals("text csv tsv json xml turtle ntriples nquads trig jsonld rdfxml",
                run(List.of("bash", "-c", source, "bash", "kg query -f ")));
    }

    @Test
    void zshRunsTheSameScriptThroughBashcompinit(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")), "zsh is not installed");
        Path script = script(dir);
        String zsh = "autoload -U +X compinit && compinit -u; autoload -U +X bashcompinit && bashcompinit\n"
                + "source " + script + "\nsetopt ksharrays\n"
                + "COMP_WORDS=(kg export --format ''); COMP_CWORD=3; COMPREPLY=(); _complete_kg 2>/dev/null\n"
                + "echo \"${COMPREPLY[*]}\"\ncomplete -p\n";
        String out = run(List.of("zsh", "-c", zsh));
        List<String> lines = out.lines().toList();
        assertEquals("turtle ntriples nquads trig jsonld rdfxml dot html graphml neo4j-csv", lines.get(0));
        assertTrue(lines.contains("complete -F _complete_kg -o default kg"), out);
    }
}
