package dev.kg.store;

import dev.kg.store.BuildInputs.ArticleInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSWriter;

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

    /** What a generation's file holds: its inputs, its triples, and the last full build's baseline. */
    record Contents(BuildInputs inputs, long triples, StoreBaseline baseline) {
    }

    private BuildInputsFile() {
    }

    /**
     * Writes {@code contents} into the new file {@code file}, through to the disk: streamed a row at a time, as
     * every build that changes the store writes it whole.
     */
    static void write(Path file, Contents contents) throws IOException {
        Files.deleteIfExists(file);
        BuildInputs in = contents.inputs();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
            out.write("{\"format\":" + FORMAT + ",\"kg\":" + quoted(in.kg()) + ",\"jena\":" + quoted(in.jena())
                    + ",\"ontology\":" + quoted(in.ontology()) + ",\"shapes\":" + quoted(in.shapes())
                    + ",\"entities\":" + quoted(in.entities()) + ",\"triples\":" + contents.triples()
                    + ",\"fullBuild\":{\"bytes\":" + contents.baseline().bytes() + ",\"triples\":" + contents.baseline().triples()
                    + "},\"articles\":[");
            String separator = "\n";
            for (ArticleInput a : in.articles()) {
                out.write(separator + "[" + quoted(a.mappingFile()) + "," + quoted(a.mappingSha256()) + "," + quoted(a.articleFile())
                        + "," + quoted(a.textSha256()) + "," + quoted(a.article()) + "," + quoted(a.graph()) + "," + a.triples()
                        + "," + a.facts() + "," + a.mappingStamp().size() + "," + a.mappingStamp().modifiedNanos()
                        + "," + a.textStamp().size() + "," + a.textStamp().modifiedNanos() + "]");
                separator = ",\n";
            }
            out.write("\n]}\n");
            out.flush();
            channel.force(true);
        }
    }

    private static String quoted(String s) {
        return JSWriter.outputQuotedString(s);
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
                    new StoreBaseline(full.getNumber("bytes").longValue(), full.getNumber("triples").longValue())));
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
