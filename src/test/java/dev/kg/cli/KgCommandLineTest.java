package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KgCommandLineTest {

    @Test
    void aCommandNamedFirstIsBuiltAloneButHelpAndCompletionWhichListTheOthers() {
        Set<String> all = commands(false);
        assertEquals(14, all.size(), all.toString());
        for (String name : all) {
            assertEquals(Set.of("help", "completion").contains(name) ? all : Set.of(name), commands(true, name, "--help"), name);
        }
        assertEquals(all, commands(true, "--verbose", "query"));
        assertEquals(all, commands(true, "qurey"));
        assertEquals(all, commands(true));
    }

    @Test
    void aCommandBuiltAloneSaysWhatItSaysAmongAllTheOthers() {
        List<List<String>> runs = new ArrayList<>(List.of(List.of(), List.of("--help"), List.of("qurey"), List.of("describe"),
                List.of("query"), List.of("query", "-e", "SELECT", "extra"), List.of("help", "query")));
        for (String name : commands(false)) {
            runs.add(List.of(name, "--help"));
            runs.add(List.of(name, "--no-such-option"));
        }
        for (List<String> args : runs) {
            Kg.Run alone = run(true, args);
            Kg.Run amongAll = run(false, args);
            assertEquals(amongAll, alone, String.join(" ", args));
            assertTrue(!alone.out().isEmpty() || !alone.err().isEmpty(), String.join(" ", args));
        }
    }

    private static Set<String> commands(boolean fromArgs, String... args) {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return (fromArgs ? KgCommandLine.create(console, args) : KgCommandLine.create(console)).getSubcommands().keySet();
    }

    private static Kg.Run run(boolean fromArgs, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String[] given = args.toArray(String[]::new);
        int exit = (fromArgs ? KgCommandLine.create(console, given) : KgCommandLine.create(console)).execute(given);
        return new Kg.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
