package dev.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSWriter;

/**
 * What a build wrote into one generation of the store ({@code Data-NNNN}): the name of that generation,
 * every file with its size and checksum, and the versions of kg and Jena. The triples in each named graph
 * are in a file of their own ({@code kg-graphs.json}), one of the files the manifest lists, so that opening
 * the store checks them without reading them. Both are written into the finished generation before it moves
 * into the store, so that they move in with it, in the same rename.
 */
record StoreManifest(String generation, String kgVersion, String jenaVersion, List<FileDigest> files) {
    static final String FILE_NAME = "kg-manifest.json";
    static final String GRAPHS_FILE = "kg-graphs.json";
    /** TDB2's lock: rewritten with the process id by every process that opens the store, so never checked. */
    static final String LOCK_FILE = "tdb.lock";
    private static final int FORMAT = 2;
    /** A manifest lists a few dozen files; anything larger is not one kg wrote. */
    private static final long MAX_MANIFEST_BYTES = 1 << 20;
    /** About 80 bytes a graph: room for millions of articles, read only by {@code kg check}. */
    private static final long MAX_GRAPHS_BYTES = 256L << 20;
    /** More entries than this in a generation folder are not worth listing: the folder is not as built. */
    static final int MAX_FILES = 1000;
    /** The suffix of kg's files while they are written, before they move into place. */
    static final String NEXT = ".next";

    StoreManifest {
        files = List.copyOf(files);
    }

    /**
     * Writes the graph counts and then the manifest of the finished generation in {@code dir}, which will be
     * the store's {@code generation}.
     */
    static StoreManifest writeInto(Path dir, String generation, Map<String, Long> graphs) throws IOException {
        return writeInto(dir, generation, graphs, null, null);
    }

    /**
     * As {@link #writeInto(Path, String, Map)}, with what the graph was built from ({@code inputs}, when not null)
     * in {@code kg-inputs.json}. {@code baseline} is the last full build's, carried over by an incremental build;
     * null for a full build, whose own data becomes the baseline.
     */
    static StoreManifest writeInto(Path dir, String generation, Map<String, Long> graphs, BuildInputs inputs,
                                   StoreBaseline baseline) throws IOException {
        List<FileDigest> data = digestData(dir, null);
        long triples = graphs.values().stream().mapToLong(Long::longValue).sum();
        writeRecord(dir, graphs, inputs, baseline != null ? baseline : new StoreBaseline(DataExtent.of(data), triples));
        return seal(dir, generation, data);
    }

    /** The digests of the generation's TDB2 files; the data files' first megabytes as in {@code before}, when given. */
    static List<FileDigest> digestData(Path dir, StoreManifest before) throws IOException {
        List<FileDigest> files = new ArrayList<>();
        for (Path file : listFiles(dir)) {
            String name = file.getFileName().toString();
            if (name.startsWith("kg-")) {
                continue;
            }
            Optional<FileDigest> was = before == null || rewrittenInPlace(name) ? Optional.empty() : before.file(name);
            files.add(was.isPresent() ? FileDigest.extend(file, was.get()) : FileDigest.of(file));
        }
        return files;
    }

    /** TDB2's state files and journal, which a write transaction rewrites; its other files it only appends to. */
    static boolean rewrittenInPlace(String name) {
        return name.endsWith(".bpt") || name.endsWith(".bdf") || name.endsWith(".jrnl");
    }

    /**
     * Writes kg's record of the graph beside its place ({@code .next}), through to the disk: the triples in each
     * graph and, when {@code inputs} is not null, what the graph was built from, with {@code baseline}.
     */
    static void writeRecord(Path dir, Map<String, Long> graphs, BuildInputs inputs, StoreBaseline baseline)
            throws IOException {
        writeGraphs(next(dir, GRAPHS_FILE), graphs);
        Files.deleteIfExists(next(dir, BuildInputsFile.FILE_NAME));
        if (inputs != null) {
            long triples = graphs.values().stream().mapToLong(Long::longValue).sum();
            BuildInputsFile.write(next(dir, BuildInputsFile.FILE_NAME), new BuildInputsFile.Contents(inputs, triples, baseline));
        }
    }

    /**
     * Writes the manifest of the generation in {@code dir}, which is or will be the store's {@code generation}: the
     * TDB2 files as {@code data} lists them and kg's record, which {@link #writeRecord} wrote beside its place
     * (or which has moved into place already). The manifest is written beside its place too, and then the record
     * and the manifest are renamed into place, the manifest last: so a generation changed where it is holds, at
     * every moment, each of kg's files as it was or as the new manifest lists it.
     */
    static StoreManifest seal(Path dir, String generation, List<FileDigest> data) throws IOException {
        List<FileDigest> files = new ArrayList<>(data);
        List<String> moving = new ArrayList<>();
        for (String name : List.of(GRAPHS_FILE, BuildInputsFile.FILE_NAME)) {
            Path next = next(dir, name);
            if (Files.exists(next)) {
                files.add(FileDigest.of(next, name));
                moving.add(name);
            } else if (Files.exists(dir.resolve(name))) {
                files.add(FileDigest.of(dir.resolve(name)));
            }
        }
        files.sort(Comparator.comparing(FileDigest::name));
        String kg = StoreManifest.class.getPackage().getImplementationVersion();
        StoreManifest manifest = new StoreManifest(generation, kg != null ? kg : "development build",
                org.apache.jena.Jena.VERSION, files);
        write(next(dir, FILE_NAME), manifest.toJson());
        for (String name : moving) {
            move(dir, name);
        }
        move(dir, FILE_NAME);
        syncFolder(dir);
        return manifest;
    }

    /** Writes the triples per graph into the new file {@code file}, a line a graph, through to the disk. */
    private static void writeGraphs(Path file, Map<String, Long> graphs) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
            String separator = "{\n";
            for (Map.Entry<String, Long> g : new TreeMap<>(graphs).entrySet()) {
                out.write(separator + JSWriter.outputQuotedString(g.getKey()) + ":" + g.getValue());
                separator = ",\n";
            }
            out.write(graphs.isEmpty() ? "{}\n" : "\n}\n");
            out.flush();
            channel.force(true);
        }
    }

    /** Where kg's file {@code name} is written before it moves into place. */
    static Path next(Path dir, String name) {
        return dir.resolve(name + NEXT);
    }

    private static void move(Path dir, String name) throws IOException {
        Files.move(next(dir, name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes the renames in {@code dir} durable. */
    static void syncFolder(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder to sync it; their renames are then as durable as they make them.
        }
    }

    /** The generation folder's entries that a manifest lists, sorted by name: all but the lock, itself and pending writes. */
    static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.equals(LOCK_FILE) && !name.equals(FILE_NAME) && !name.equals(UpdateIntent.FILE_NAME)
                                && !name.endsWith(NEXT);
                    })
                    .limit(MAX_FILES + 1)
                    .sorted()
                    .toList();
        }
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("format", FORMAT);
        json.put("generation", generation);
        json.put("kg", kgVersion);
        json.put("jena", jenaVersion);
        JsonArray list = new JsonArray();
        for (FileDigest f : files) {
            JsonObject o = new JsonObject();
            o.put("name", f.name());
            o.put("size", f.size());
            o.put("checked", f.checked());
            JsonArray chunks = new JsonArray();
            f.chunks().forEach(c -> chunks.add(Long.toHexString(c)));
            o.put("crc32c", chunks);
            list.add(o);
        }
        json.put("files", list);
        return json;
    }

    /** Writes a new file through to the disk, as TDB2 does its own before the generation is moved. */
    static void write(Path file, JsonObject json) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            JSON.write(out, json);
            out.flush();
            channel.force(true);
        }
    }

    /** The manifest in the generation folder {@code dir}; empty when it is missing, unreadable or not one kg wrote. */
    static Optional<StoreManifest> readFrom(Path dir) {
        return readFile(dir.resolve(FILE_NAME));
    }

    /** The manifest in {@code file}; empty when it is missing, unreadable or not one kg wrote. */
    static Optional<StoreManifest> readFile(Path file) {
        return parse(file, MAX_MANIFEST_BYTES).flatMap(StoreManifest::fromJson);
    }

    /** The manifest {@code json} holds; empty when it is not one kg wrote. */
    static Optional<StoreManifest> fromJson(JsonObject json) {
        try {
            if (json.getNumber("format").intValue() != FORMAT) {
                return Optional.empty();
            }
            List<FileDigest> files = new ArrayList<>();
            for (Iterator<JsonValue> it = json.getIterator("files"); it.hasNext(); ) {
                JsonObject o = it.next().getAsObject();
                List<Long> chunks = new ArrayList<>();
                o.get("crc32c").getAsArray().forEach(c -> chunks.add(Long.parseUnsignedLong(c.getAsString().value(), 16)));
                files.add(new FileDigest(o.getString("name"), o.getNumber("size").longValue(),
                        o.getNumber("checked").longValue(), chunks));
            }
            return Optional.of(new StoreManifest(json.getString("generation"), json.getString("kg"),
                    json.getString("jena"), files));
        } catch (RuntimeException e) {
            return Optional.empty();   // a field missing or of the wrong kind
        }
    }

    /** The digest of the file {@code name}; empty when the manifest does not list it. */
    Optional<FileDigest> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The triples in each named graph (by IRI) of the generation in {@code dir}; empty when unreadable. */
    static Optional<Map<String, Long>> graphsIn(Path dir) {
        return graphsFile(dir.resolve(GRAPHS_FILE));
    }

    /** The triples in each named graph (by IRI) that {@code file} lists; empty when unreadable. */
    static Optional<Map<String, Long>> graphsFile(Path file) {
        return parse(file, MAX_GRAPHS_BYTES).flatMap(json -> {
            try {
                Map<String, Long> graphs = new TreeMap<>();
                json.forEach((g, n) -> graphs.put(g, n.getAsNumber().value().longValue()));
                return Optional.of(graphs);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<JsonObject> parse(Path file, long maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            return Optional.of(JSON.parse(in));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.empty();   // missing, unreadable, not a JSON object, or nested past the parser's stack
        }
    }

    long bytes() {
        return files.stream().mapToLong(FileDigest::size).sum();
    }
}
