package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every "$ kg …" example in the console blocks of README.md and docs/*.md and compares what it prints. */
class ReadmeExamplesTest {

    record Example(String command, String expected) {
    }

    @Test
    void everyConsoleExampleOfTheReadmePrintsWhatTheReadmeShows() throws IOException {
        List<Example> examples = new ArrayList<>(examples(Files.readString(TestProjects.REPO.resolve("README.md"))));
        assertTrue(examples.size() >= 2, "README.md should show console examples");
        try (var docs = Files.list(TestProjects.REPO.resolve("docs"))) {
            for (var doc : docs.filter(d -> d.toString().endsWith(".md")).sorted().toList()) {
                examples.addAll(examples(Files.readString(doc)));
            }
        }
        for (Example example : examples) {
            List<String> words = words(example.command());
            Kg.Run run = SeedStore.kg(words.subList(1, words.size()).toArray(String[]::new));
            assertEquals(0, run.exit(), example.command() + "\n" + run.err());
            assertEquals(example.expected(), run.out(), example.command());
        }
    }

    static List<Example> examples(String readme) {
        return examples(readme, "```console");
    }

    /** The "$ kg …" lines of the blocks that open with exactly {@code fence}, each with the output shown under it. */
    static List<Example> examples(String readme, String fence) {
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            if (!inConsole) {
                inConsole = line.equals(fence);
                continue;
            }
            if (line.equals("```") || line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, output.toString()));
                }
                command = line.startsWith("$ ") ? line.substring(2) : null;
                output.setLength(0);
                inConsole = !line.equals("```");
            } else {
                output.append(line).append('\n');
            }
        }
        return examples;
    }

    /** Splits a command line as a shell would, for the quoting the README uses. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
