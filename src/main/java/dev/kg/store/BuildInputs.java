package dev.kg.store;

import java.util.List;
import java.util.Objects;

/**
 * What a build made the store's graph from, by content: kg itself, the ontology, the shapes, the entities and,
 * per mapping file, its content and its article's, with what the next build needs of the article without
 * reading it again. Written into the generation as {@code kg-inputs.json}, a file its manifest lists, so that
 * the next build can tell what changed and replace only the graphs of the articles that did.
 *
 * @param kg       kg's version and a digest of its own code
 * @param jena     the Jena version that wrote the store
 * @param ontology SHA-256 of the ontology file
 * @param shapes   SHA-256 of the shapes file
 * @param entities SHA-256 of {@code entities.yaml}
 * @param articles one per mapping file, in the order the build reads them
 */
public record BuildInputs(String kg, String jena, String ontology, String shapes, String entities,
                          List<ArticleInput> articles) {

    public BuildInputs {
        Objects.requireNonNull(kg);
        articles = List.copyOf(articles);
    }

    /**
     * One mapping file as the build read it.
     *
     * @param mappingFile   its name in the seeds folder
     * @param mappingSha256 SHA-256 of its bytes
     * @param articleFile   the article it maps, relative to the project
     * @param textSha256    SHA-256 of the article's bytes
     * @param article       the article's id
     * @param graph         the IRI of the article's named graph
     * @param triples       the triples in that graph
     * @param facts         the facts the mapping file holds
     * @param mappingStamp  the mapping file's size and modification time when it was hashed
     * @param textStamp     the article's size and modification time when it was hashed
     */
    public record ArticleInput(String mappingFile, String mappingSha256, String articleFile, String textSha256,
                               String article, String graph, long triples, int facts, FileStamp mappingStamp,
                               FileStamp textStamp) {
    }

    /**
     * A file's size and modification time (in nanoseconds), taken just before its bytes were hashed. A file that
     * still has both is taken to hold the bytes hashed, as git takes its files, without reading it again; a
     * stamp taken within {@link #SETTLE_NANOS} of the file's modification is {@link #NONE}, since a change in the
     * same tick of the file system's clock would keep it.
     */
    public record FileStamp(long size, long modifiedNanos) {
        public static final FileStamp NONE = new FileStamp(-1, -1);
        public static final long SETTLE_NANOS = 2_000_000_000L;

        public boolean known() {
            return size >= 0;
        }
    }

    /** The triples of every article graph. */
    public long articleTriples() {
        return articles.stream().mapToLong(ArticleInput::triples).sum();
    }
}
