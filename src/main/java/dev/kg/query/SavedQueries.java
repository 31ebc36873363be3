package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.NearMiss;
import dev.kg.error.Problem;
import dev.kg.error.ProblemsFound;
import dev.kg.error.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The saved queries of a project's queries/ folder, and any query file the user names. */
public final class SavedQueries {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern HEADER = Pattern.compile("#\\s*(title|description|param):\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s+(\\w+)(?::(\\w+))?(?:\\s+(required|default=(\\S+)))?\\s*(.*)");

    private final Path dir;

    public SavedQueries(Path dir) {
        this.dir = dir;
    }

    /** Every saved query, by name. */
    public List<SavedQuery> list() {
        return files().stream().map(SavedQueries::read).toList();
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A saved query by name (only inside the queries folder), or a query file by path (ending in .rq).
     */
    public SavedQuery resolve(String nameOrPath) {
        if (nameOrPath.endsWith(".rq")) {
            Path file = Path.of(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw new KgException(ErrorCode.QUERY_FILE_MISSING,
                        nameOrPath + ": no such query file — check the path");
            }
            return read(file);
        }
        // Only the file names: resolving one query should not read every other one.
        List<String> names = files().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).toList();
        if (!NAME.matcher(nameOrPath).matches() || !names.contains(nameOrPath)) {
            String hint = NAME.matcher(nameOrPath).matches()
                    ? NearMiss.hint(nameOrPath, names, "saved queries")
                    : "give the name of a saved query (see 'kg queries') or the path of a .rq file";
            throw new KgException(ErrorCode.UNKNOWN_QUERY,
                    "no saved query '" + nameOrPath + "' in " + dir + " — " + hint);
        }
        return read(dir.resolve(nameOrPath + ".rq"));
    }

    /** A query given on the command line: no header, no declared parameters. */
    public static SavedQuery inline(String text) {
        return new SavedQuery("-e", Path.of("<query>"), "", "", List.of(), text);
    }

    static SavedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgException(ErrorCode.FILE_UNREADABLE,
                    file + ": cannot read the query (" + e.getClass().getSimpleName() + ")", e);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        String title = "";
        StringBuilder description = new StringBuilder();
        List<SavedQuery.Param> params = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String last = null;
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            Matcher m = HEADER.matcher(lines[i].strip());
            if (m.matches()) {
                last = m.group(1);
                switch (last) {
                    case "title" -> title = m.group(2).strip();
                    case "description" -> description.append(m.group(2).strip());
                    default -> param(m.group(2).strip(), new SourceLocation(file, i + 1, 1), problems).ifPresent(params::add);
                }
            } else if ("description".equals(last) && lines[i].length() > 1) {
                description.append(' ').append(lines[i].substring(1).strip());
            } else {
                last = null;
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsFound(problems);
        }
        return new SavedQuery(name, file, title, description.toString().strip(), params, text);
    }

    private static java.util.Optional<SavedQuery.Param> param(String spec, SourceLocation at, List<Problem> problems) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            problems.add(new Problem(ErrorCode.PARAM_DECLARATION, at, "malformed parameter declaration '" + spec + "'",
                    "write '# param: NAME TYPE [required|default=VALUE] description', e.g. '# param: company entity The investee'"));
            return java.util.Optional.empty();
        }
        if ("concept".equals(m.group(2)) != (m.group(3) != null)) {
            problems.add(new Problem(ErrorCode.PARAM_DECLARATION, at, "malformed parameter declaration '" + spec + "'",
                    "a concept parameter names its scheme, and only it does: '# param: role concept:Roles A role'"));
            return java.util.Optional.empty();
        }
        return ParamType.fromKey(m.group(2))
                .map(t -> new SavedQuery.Param(m.group(1), t, m.group(3), "required".equals(m.group(4)), m.group(5), m.group(6).strip()))
                .or(() -> {
                    problems.add(new Problem(ErrorCode.PARAM_DECLARATION,
                            at, "unknown parameter type '" + m.group(2) + "'",
                            NearMiss.hint(m.group(2), ParamType.keys(), "parameter types")));
                    return java.util.Optional.empty();
                });
    }
}
