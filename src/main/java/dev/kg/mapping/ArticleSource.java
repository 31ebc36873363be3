package dev.kg.mapping;

import java.util.List;

/**
 * Where an article comes from, as far as its curator knows: its address, the news outlet that published it
 * (an entity id), when it was published (stated in the article, or inferred from its content), its authors as
 * the byline names them, and when its text was retrieved. Every part may be absent.
 */
public record ArticleSource(String url, Scalar publisher, FactDate published, boolean publishedInferred,
                            List<String> authors, FactDate retrieved) {
    public static final ArticleSource UNKNOWN = new ArticleSource(null, null, null, false, List.of(), null);

    public ArticleSource {
        authors = List.copyOf(authors);
    }
}
