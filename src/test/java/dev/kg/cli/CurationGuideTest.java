package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's worked example of curation: the files it shows (fenced as {@code file=PATH}) are written
 * into a copy of the project, then each {@code $ kg} line of the {@code console worked-example} block must
 * print exactly what the README shows.
 */
class CurationGuideTest {

    @Test
    void theWorkedExampleRunsAsTheReadmeShows(@TempDir Path dir) throws IOException {
        String readme = Files.readString(TestProjects.REPO.resolve("README.md"));
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Map<String, String> files = files(readme);
        assertEquals(List.of("seeds/005_esempio.txt", "seeds/005_esempio.yaml"), List.copyOf(files.keySet()));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(project.resolve(file.getKey()), file.getValue());
        }
        List<ReadmeExamplesTest.Example> examples = ReadmeExamplesTest.examples(readme, "```console worked-example");
        assertEquals(List.of("kg validate --coverage", "kg build", "kg describe \"Jason Droege\""),
                examples.stream().map(ReadmeExamplesTest.Example::command).toList());
        for (ReadmeExamplesTest.Example example : examples) {
            List<String> words = new ArrayList<>(ReadmeExamplesTest.words(example.command()));
            words.addAll(List.of("--project", project.toString()));
            Kg.Run run = Kg.run(words.subList(1, words.size()).toArray(String[]::new));
            assertEquals(0, run.exit(), example.command() + "\n" + run.err());
            assertEquals(example.expected(), run.out(), example.command());
        }
    }

    /** The README's code blocks fenced as {@code ```LANG file=PATH}, by path. */
    private static Map<String, String> files(String readme) {
        Map<String, String> files = new LinkedHashMap<>();
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            if (path == null) {
                int at = line.startsWith("```") ? line.indexOf(" file=") : -1;
                if (at > 0) {
                    path = line.substring(at + " file=".length()).strip();
                    text.setLength(0);
                }
            } else if (line.equals("```")) {
                files.put(path, text.toString());
                path = null;
            } else {
                text.append(line).append('\n');
            }
        }
        return files;
    }
}
