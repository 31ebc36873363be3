package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import dev.kg.io.FileKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/** Reads text files strictly as UTF-8 and YAML files into node trees that remember where each value stands. */
final class YamlFile {
    /**
     * Mapping files are small; a limit keeps a hostile file from exhausting memory. The densest file within it
     * (about 74,000 minimal facts) builds within the launcher's 512 MB heap (BuildBoundsTest).
     */
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final FailsafeSchema TEXT_ONLY = new FailsafeSchema();

    private YamlFile() {
    }

    static SourceLocation at(Path file, Node node) {
        return node.getStartMark()
                .map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(file));
    }

    /** The file's text, or a problem if it is missing or not UTF-8. */
    static Optional<String> readText(Path file, SourceLocation referredFrom, List<Problem> problems) {
        return readBytes(file, referredFrom, problems).flatMap(bytes -> decode(file, bytes, problems));
    }

    /** The file's bytes; a FIFO or a device is a problem rather than read, so that reading cannot block. */
    static Optional<byte[]> readBytes(Path file, SourceLocation referredFrom, List<Problem> problems) {
        SourceLocation where = referredFrom != null ? referredFrom : SourceLocation.startOf(file);
        try {
            FileKind kind = FileKind.of(file);
            if (kind != FileKind.REGULAR && kind != FileKind.MISSING) {
                problems.add(new Problem(ErrorCode.NOT_A_FILE, where, "cannot read " + file + ": it is "
                        + kind.description() + ", not a regular file", "make it a regular file, or a link to one"));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new Problem(ErrorCode.FILE_UNREADABLE, where, "cannot read " + file + " (" + describe(e) + ")",
                    "check that the file exists and is readable"));
            return Optional.empty();
        }
    }

    /** Strict UTF-8: a bad byte is a problem at its line and column. A leading byte-order mark is dropped. */
    static Optional<String> decode(Path file, byte[] bytes, List<Problem> problems) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), out, true);
        String text = out.flip().toString();
        if (result.isError()) {
            // The decoder stops at the first bad byte: what it decoded tells the line and column.
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            int column = text.length() - (text.lastIndexOf('\n') + 1) + 1;
            problems.add(new Problem(ErrorCode.NOT_UTF8, new SourceLocation(file, line, column), "the file is not valid UTF-8",
                    "save the file with UTF-8 encoding"));
            return Optional.empty();
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The single YAML document in the file, or the syntax problem with its location. */
    static Optional<Node> parse(Path file, List<Problem> problems) {
        Optional<String> text = readText(file, null, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // SnakeYAML checks its code point limit only when it refills its buffer, which here holds the whole file.
        if (text.get().length() > MAX_CODE_POINTS && text.get().codePointCount(0, text.get().length()) > MAX_CODE_POINTS) {
            problems.add(new Problem(ErrorCode.YAML_LIMIT, SourceLocation.startOf(file), "the file has more than "
                    + MAX_CODE_POINTS + " characters", "split the article's facts, or shorten the quotes; a mapping"
                    + " file is at most 8 MiB of text"));
            return Optional.empty();
        }
        Optional<Problem> forbidden = YamlCharacters.firstForbidden(file, text.get());
        if (forbidden.isPresent()) {
            problems.add(forbidden.get());
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(50)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                // kg reads every value as text and parses amounts, dates and booleans itself, so YAML's implicit
                // types are not resolved (that took a tenth of the reading).
                .setSchema(TEXT_ONLY)
                // The reader shifts its buffer for every refill, which is quadratic on a long value.
                .setBufferSize(Math.max(1024, text.get().length() + 1))
                .build();
        try {
            Optional<List<Event>> events = plainAndShallow(file, settings, text.get(), problems);
            if (events.isEmpty()) {
                return Optional.empty();
            }
            Optional<Node> node = new Composer(settings, new ReplayedEvents(events.get())).getSingleNode();
            if (node.isEmpty()) {
                problems.add(new Problem(ErrorCode.EMPTY_FILE, SourceLocation.startOf(file), "the file is empty",
                        "see the examples in README.md"));
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            SourceLocation where = mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(SourceLocation.startOf(file));
            problems.add(new Problem(ErrorCode.YAML_SYNTAX, where, "YAML syntax: " + FirstLine.of(e.getProblem()),
                    "check indentation and quoting near here; quote text containing ': ' or '#'"));
        } catch (ReaderException e) {
            problems.add(new Problem(ErrorCode.INVALID_CHARACTER, SourceLocation.startOf(file),
                    "YAML: " + FirstLine.of(e.getMessage()), "delete the character the message names"));
        } catch (YamlEngineException e) {
            // What is left: the limits set above (aliases, recursive keys, code points).
            problems.add(new Problem(ErrorCode.YAML_LIMIT,
                    SourceLocation.startOf(file), "YAML: " + FirstLine.of(e.getMessage()),
                    "simplify the file; anchors and aliases are limited"));
        }
        return Optional.empty();
    }

    /**
     * Checks the parser's flat event stream before composing: SnakeYAML's composer recurses once per
     * nesting level, so a hostile file nested thousands deep would overflow the stack; and an explicit tag
     * (!!int, !custom) would silently change nothing in how kg reads a value, so it is refused. The events
     * are kept, so that the composer builds the tree from them instead of parsing the text again.
     */
    private static Optional<List<Event>> plainAndShallow(Path file, LoadSettings settings, String text,
            List<Problem> problems) {
        List<Event> events = new ArrayList<>();
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            Optional<String> tag = event instanceof NodeEvent ? explicitTag(event) : Optional.empty();
            if (tag.isPresent()) {
                problems.add(new Problem(ErrorCode.YAML_TAG,
                        where(file, event), "the YAML tag '" + tag.get() + "' is not used in mapping files",
                        "remove the tag and write the value as plain text"));
                return Optional.empty();
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_DEPTH) {
                    problems.add(new Problem(ErrorCode.YAML_LIMIT,
                            where(file, event), "the YAML is nested more than " + MAX_DEPTH + " levels deep",
                            "a mapping file needs a few levels only: article, facts, one fact, a list of quotes"));
                    return Optional.empty();
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            events.add(event);
        }
        return Optional.of(events);
    }

    /** A parser that hands the composer events already parsed and checked. */
    private static final class ReplayedEvents implements Parser {
        private final List<Event> events;
        private int next;

        ReplayedEvents(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return hasNext() && events.get(next).getEventId() == choice;
        }

        @Override
        public Event peekEvent() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more YAML events");
            }
            return events.get(next);
        }

        @Override
        public Event next() {
            Event event = peekEvent();
            next++;
            return event;
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }
    }

    private static Optional<String> explicitTag(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        return event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
    }

    private static SourceLocation where(Path file, Event event) {
        return event.getStartMark().map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(file));
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
    }
}
