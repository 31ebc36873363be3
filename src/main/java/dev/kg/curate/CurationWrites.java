package dev.kg.curate;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.io.OutputFile;
import dev.kg.mapping.CurationLoader;
import dev.kg.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The workbench's writes: a fact, a quote added to a fact, a passage set aside, an entity. Each computes the
 * file's new text by inserting only the new item, checks it as {@code kg validate} would, and writes it only
 * when nothing is wrong, or as a draft when the user asks to keep one. One write at a time.
 */
final class CurationWrites {
    private final Project project;
    private final CandidateCheck check;

    CurationWrites(Project project) {
        this.project = project;
        this.check = new CandidateCheck(project);
    }

    /** What a write did: whether the file changed (as a draft or not), its problems, and where the item stands. */
    record Outcome(boolean written, boolean draft, List<Problem> problems, String file, int firstLine,
                   List<FactForm.Line> lines) {
        Outcome {
            problems = List.copyOf(problems);
            lines = List.copyOf(lines);
        }
    }

    synchronized Outcome saveFact(Path mapping, FactForm form, boolean keepDraft) {
        String clean = YamlEdit.of(name(mapping), read(mapping)).withoutDraftMarker();
        YamlEdit edit = YamlEdit.of(name(mapping), clean);
        String id = form.idAmong(edit.itemIds("facts"));
        List<FactForm.Line> lines = form.lines(id);
        YamlEdit.Inserted inserted = edit.appendItem("facts", lines.stream().map(FactForm.Line::text).toList());
        return writeMapping(mapping, inserted.text(), keepDraft, inserted.firstLine(), lines);
    }

    synchronized Outcome addEvidence(Path mapping, String factId, String quote, boolean keepDraft) {
        String clean = YamlEdit.of(name(mapping), read(mapping)).withoutDraftMarker();
        String text = YamlEdit.of(name(mapping), clean).addEvidence(factId, YamlScalar.quoted(quote));
        return writeMapping(mapping, text, keepDraft, 0, List.of());
    }

    synchronized Outcome setAside(Path mapping, String passage, String reason, String note, boolean keepDraft) {
        String clean = YamlEdit.of(name(mapping), read(mapping)).withoutDraftMarker();
        List<FactForm.Line> lines = new ArrayList<>(List.of(
                new FactForm.Line("passage", "passage: " + YamlScalar.quoted(passage)),
                new FactForm.Line("reason", "reason: " + YamlScalar.of(reason.strip()))));
        if (!note.isBlank()) {
            lines.add(new FactForm.Line("note", "note: " + YamlScalar.of(note.strip())));
        }
        YamlEdit.Inserted inserted = YamlEdit.of(name(mapping), clean)
                .appendItem("unmapped", lines.stream().map(FactForm.Line::text).toList());
        return writeMapping(mapping, inserted.text(), keepDraft, inserted.firstLine(), lines);
    }

    /** A mapping file beside an article that has none: the article block (its title is its first line), no facts. */
    synchronized Outcome startMapping(Path article, String language) {
        String name = article.getFileName().toString();
        Path mapping = article.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yaml");
        if (Files.exists(mapping)) {
            throw new KgException(ErrorCode.DUPLICATE_ARTICLE, mapping + " exists already — open it instead");
        }
        String title = read(article).strip().lines().findFirst().orElse("").strip();
        List<FactForm.Line> lines = List.of(new FactForm.Line("file", "  file: " + YamlScalar.of(name)),
                new FactForm.Line("title", "  title: " + YamlScalar.of(title)),
                new FactForm.Line("language", "  language: " + YamlScalar.of(language.strip())));
        String text = "article:\n" + lines.stream().map(l -> l.text() + "\n").collect(Collectors.joining()) + "\nfacts: []\n";
        List<Problem> problems = check.check(read(project.seeds().resolve(CurationLoader.ENTITIES_FILE)), mapping.getFileName().toString(), text);
        if (problems.isEmpty()) {
            write(mapping, text);
        }
        return new Outcome(problems.isEmpty(), false, problems, mapping.toString(), 2, lines);
    }

    /** A new entity in entities.yaml; never kept as a draft, since every article depends on the file. */
    synchronized Outcome saveEntity(String id, String type, String labelEn, String labelIt, List<String> aliases) {
        Path file = project.seeds().resolve(CurationLoader.ENTITIES_FILE);
        List<FactForm.Line> lines = new ArrayList<>(List.of(
                new FactForm.Line("id", "id: " + YamlScalar.of(id.strip())),
                new FactForm.Line("type", "type: " + YamlScalar.of(type.strip())),
                new FactForm.Line("label", "label: {en: " + YamlScalar.of(labelEn.strip())
                        + ", it: " + YamlScalar.of(labelIt.strip()) + "}")));
        if (!aliases.isEmpty()) {
            lines.add(new FactForm.Line("aliases", "aliases: " + aliases.stream().map(YamlScalar::of)
                    .collect(Collectors.joining(", ", "[", "]"))));
        }
        YamlEdit.Inserted inserted = YamlEdit.of(name(file), read(file))
                .appendItem("entities", lines.stream().map(FactForm.Line::text).toList());
        List<Problem> problems = check.check(inserted.text(), null, null);
        if (problems.isEmpty()) {
            write(file, inserted.text());
        }
        return new Outcome(problems.isEmpty(), false, problems, file.toString(), inserted.firstLine(), lines);
    }

    private Outcome writeMapping(Path mapping, String text, boolean keepDraft, int firstLine, List<FactForm.Line> lines) {
        String entities = read(project.seeds().resolve(CurationLoader.ENTITIES_FILE));
        List<Problem> problems = check.check(entities, name(mapping), text);
        if (problems.isEmpty()) {
            write(mapping, text);
            return new Outcome(true, false, problems, mapping.toString(), firstLine, lines);
        }
        if (!keepDraft) {
            return new Outcome(false, false, problems, mapping.toString(), firstLine, lines);
        }
        write(mapping, YamlEdit.of(name(mapping), text).withDraftMarker());
        // The marker is the file's new first line: the item and the problems move down one line.
        List<Problem> moved = problems.stream().map(p -> p.where().file().equals(mapping)
                ? new Problem(p.code(), new SourceLocation(mapping, p.where().line() + 1, p.where().column()),
                        p.what(), p.fix()) : p).toList();
        return new Outcome(true, true, moved, mapping.toString(), firstLine + 1, lines);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new KgException(ErrorCode.FILE_UNREADABLE, file + ": cannot read it (" + e.getClass().getSimpleName()
                    + ") — check that it exists and is readable");
        }
    }

    /** Writes inside the project's seeds folder only. */
    private void write(Path file, String text) {
        Path seeds = project.seeds().toAbsolutePath().normalize();
        if (!file.toAbsolutePath().normalize().getParent().equals(seeds)) {
            throw new KgException(ErrorCode.INTERNAL, file + " is outside the project's seeds folder; nothing was written");
        }
        OutputFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
