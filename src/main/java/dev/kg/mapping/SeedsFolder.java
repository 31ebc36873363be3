package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.io.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a seeds folder holds. kg reads {@code entities.yaml}, every mapping file ({@code *.yaml} or {@code *.yml},
 * in any case) and the articles ({@code *.txt}) the mapping files name; names starting with '.' are left alone
 * (editors' and version control's files). Every other entry, and a mapping file that is not a readable file
 * (a dangling link, a FIFO, a folder), is a problem, so that nothing in the folder is skipped silently.
 */
public record SeedsFolder(List<Path> mappingFiles, List<Problem> problems) {

    public SeedsFolder {
        mappingFiles = List.copyOf(mappingFiles);
        problems = List.copyOf(problems);
    }

    /** The folder's entries, sorted by name so that builds are reproducible. */
    public static SeedsFolder list(Path seeds) {
        List<Path> entries;
        try (Stream<Path> files = Files.list(seeds)) {
            entries = files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> mappings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        entries.forEach(entry -> take(entry, mappings, problems));
        return new SeedsFolder(mappings, problems);
    }

    /**
     * One entry of the folder as {@link #list} takes it: a mapping file, a problem, or nothing (an article, a
     * name starting with '.', {@code entities.yaml}, or an entry that is no longer there).
     */
    public static SeedsFolder entry(Path entry) {
        List<Path> mappings = new ArrayList<>(1);
        List<Problem> problems = new ArrayList<>(1);
        if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            take(entry, mappings, problems);
        }
        return new SeedsFolder(mappings, problems);
    }

    private static void take(Path entry, List<Path> mappings, List<Problem> problems) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.equals(CurationLoader.ENTITIES_FILE) || lower.endsWith(".txt")) {
            // Articles are read, and checked, when a mapping file names them.
            return;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            notAFile(entry, "mapping file", "kg reads a mapping file only from a regular file or a link to one")
                    .ifPresentOrElse(problems::add, () -> mappings.add(entry));
        } else {
            problems.add(new Problem(ErrorCode.UNEXPECTED_FILE, SourceLocation.startOf(entry),
                    "kg does not read this " + (Files.isDirectory(entry) ? "folder" : "file")
                    + ": seeds/ holds entities.yaml, mapping files (*.yaml) and articles (*.txt)",
                    "move it out of seeds/ (names starting with '.' are left alone)"));
        }
    }

    /** A problem when {@code file} is not a regular file, or a link to one, that can be read; else empty. */
    static Optional<Problem> notAFile(Path file, String role, String fix) {
        SourceLocation where = SourceLocation.startOf(file);
        try {
            FileKind kind = FileKind.of(file);
            if (kind == FileKind.REGULAR) {
                return Optional.empty();
            }
            boolean link = FileKind.of(file, LinkOption.NOFOLLOW_LINKS) == FileKind.SYMBOLIC_LINK;
            String what = kind != FileKind.MISSING ? "is " + kind.description() + ", not a regular file"
                    : link ? "is a symbolic link to " + Files.readSymbolicLink(file) + ", which does not exist"
                    : "no longer exists";
            return Optional.of(new Problem(ErrorCode.NOT_A_FILE, where, "this " + role + " " + what, fix));
        } catch (IOException e) {
            return Optional.of(new Problem(ErrorCode.FILE_UNREADABLE, where,
                    "cannot read " + file.getFileName() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "check that the file and its links can be read"));
        }
    }
}
