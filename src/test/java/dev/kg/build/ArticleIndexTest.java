package dev.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.mapping.Article;
import dev.kg.mapping.ArticleSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which file maps an article first, as a folder's files are saved, renamed and deleted. */
class ArticleIndexTest {
    private static final Path ROOT = Path.of("/p");
    private final Path a = ROOT.resolve("seeds/010_a.yaml");
    private final Path b = ROOT.resolve("seeds/020_b.yaml");
    private final Path early = ROOT.resolve("seeds/000_early.yaml");

    @Test
    void theFirstFileByNameMapsAnArticleAndTheOthersMapItAgain() {
        ArticleIndex index = new ArticleIndex(ROOT);
        assertEquals(Set.of(), index.put(a, article("x")));
        assertEquals(Set.of(), index.put(b, article("x")));
        assertEquals(Optional.empty(), index.mappedFirstBy(a));
        assertEquals(Optional.of(a), index.mappedFirstBy(b));
        // A file named before them takes the article: the one that mapped it first is now the one mapping it again.
        assertEquals(Set.of(a), index.put(early, article("x")));
        assertEquals(Optional.of(early), index.mappedFirstBy(a));
        assertEquals(Optional.of(early), index.mappedFirstBy(b));
        // Deleted, it hands the article back to the next file by name.
        assertEquals(Set.of(a), index.remove(early));
        assertEquals(Optional.empty(), index.mappedFirstBy(a));
        assertFalse(index.knows(early));
    }

    @Test
    void aFileThatMapsAnotherArticleLeavesTheFirst() {
        ArticleIndex index = new ArticleIndex(ROOT);
        index.put(a, article("x"));
        index.put(b, article("x"));
        assertEquals(Set.of(b), index.put(a, article("y")));
        assertEquals(Optional.empty(), index.mappedFirstBy(b));
        // A file whose article block does not read maps nothing, but is known.
        assertEquals(Set.of(), index.put(a, Optional.empty()));
        assertTrue(index.knows(a));
        assertEquals(Optional.empty(), index.mappedFirstBy(a));
    }

    @Test
    void findsTheMappingFilesOfAnArticleText() {
        ArticleIndex index = new ArticleIndex(ROOT);
        index.put(b, article("x"));
        index.put(a, article("x"));
        index.put(early, article("y"));
        assertEquals(Set.of(a, b), index.readersOf(ROOT.resolve("seeds/./x.txt")));
        assertEquals(Set.of(early), index.readersOf(ROOT.resolve("seeds/y.txt")));
        assertEquals(Set.of(), index.readersOf(ROOT.resolve("seeds/z.txt")));
    }

    private static Optional<Article> article(String id) {
        return Optional.of(new Article(id, ROOT.resolve("seeds/" + id + ".yaml"), "seeds/" + id + ".txt", "t", "it",
                ArticleSource.UNKNOWN, "", "", List.of(), List.of()));
    }
}
