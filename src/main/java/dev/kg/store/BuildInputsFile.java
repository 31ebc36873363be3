package dev.kg.store;

import dev.kg.store.BuildInputs.ArticleInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code kg-inputs.json}: a generation's {@link BuildInputs}, the triples its graph holds, and the size of the
 * store's data right after the last full build with the triples it held then, from which the share of the
 * store that is garbage is estimated ({@link StoreSize}). One JSON object; each article is an array, in the
 * order of {@link ArticleInput}'s fields, so that the file of a large corpus stays small and quick to read.
 */
final class BuildInputsFile {
    static final String FILE_NAME = "kg-inputs.json";
    private static final int FORMAT = 1;
    /** About 300 bytes an article: room for a million articles. */
    private static final long MAX_BYTES = 512L << 20;

    /** The size of the store's data right after a full build, and the triples it held. */
    record Baseline(long bytes, long triples) {
    }

    /** What a generation's file holds: its inputs, its triples, and the last full build's baseline. */
    record Contents(BuildInputs inputs, long triples, Baseline baseline) {
    }

    private BuildInputsFile() {
    }

    /** Writes {@code contents} into the new file {@code file}, through to the disk. */
    static void write(Path file, Contents contents) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            IndentedWriter writer = new IndentedWriter(out);
            writer.setFlatMode(true);
            JSON.write(writer, toJson(contents));
            writer.flush();
            out.flush();
            channel.force(true);
        }
    }

    static JsonObject toJson(Contents contents) {
        BuildInputs in = contents.inputs();
        JsonObject json = new JsonObject();
        json.put("format", FORMAT);
        json.put("kg", in.kg());
        json.put("jena", in.jena());
        json.put("ontology", in.ontology());
        json.put("shapes", in.shapes());
        json.put("entities", in.entities());
        json.put("triples", contents.triples());
        JsonObject full = new JsonObject();
        full.put("bytes", contents.baseline().bytes());
        full.put("triples", contents.baseline().triples());
        json.put("fullBuild", full);
        JsonArray articles = new JsonArray();
        for (ArticleInput a : in.articles()) {
            JsonArray row = new JsonArray();
            row.add(a.mappingFile());
            row.add(a.mappingSha256());
            row.add(a.articleFile());
            row.add(a.textSha256());
            row.add(a.article());
            row.add(a.graph());
            row.add(a.triples());
            row.add(a.facts());
            row.add(a.mappingStamp().size());
            row.add(a.mappingStamp().modifiedNanos());
            row.add(a.textStamp().size());
            row.add(a.textStamp().modifiedNanos());
            articles.add(row);
        }
        json.put("articles", articles);
        return json;
    }

    /** The file in {@code generation}; empty when it is missing, unreadable or of another format. */
    static Optional<Contents> read(Path generation) {
        return readFile(generation.resolve(FILE_NAME));
    }

    /** The contents of {@code file}; empty when it is missing, unreadable or of another format. */
    static Optional<Contents> readFile(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return fromJson(JSON.parse(in));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.empty();   // missing, unreadable, not JSON, nested past the parser's stack
        }
    }

    /** The contents {@code json} holds; empty when it is of another format, or a field is missing or of the wrong kind. */
    static Optional<Contents> fromJson(JsonObject json) {
        try {
            if (json.getNumber("format").intValue() != FORMAT) {
                return Optional.empty();
            }
            List<ArticleInput> articles = new ArrayList<>();
            for (JsonValue v : json.get("articles").getAsArray()) {
                JsonArray r = v.getAsArray();
                articles.add(new ArticleInput(string(r, 0), string(r, 1), string(r, 2), string(r, 3), string(r, 4),
                        string(r, 5), number(r, 6), (int) number(r, 7), new BuildInputs.FileStamp(number(r, 8), number(r, 9)),
                        new BuildInputs.FileStamp(number(r, 10), number(r, 11))));
            }
            BuildInputs inputs = new BuildInputs(json.getString("kg"), json.getString("jena"), json.getString("ontology"),
                    json.getString("shapes"), json.getString("entities"), articles);
            JsonObject full = json.getObj("fullBuild");
            return Optional.of(new Contents(inputs, json.getNumber("triples").longValue(),
                    new Baseline(full.getNumber("bytes").longValue(), full.getNumber("triples").longValue())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long number(JsonArray row, int i) {
        return row.get(i).getAsNumber().value().longValue();
    }

    private static String string(JsonArray row, int i) {
        return row.get(i).getAsString().value();
    }
}
