package dev.kg.build;

import dev.kg.mapping.Article;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each mapping file of a project maps, as ids and paths only: the article's id and its text. It answers
 * the checks that span files — which file maps an article first, so that a later one mapping it again is
 * refused as {@code kg validate} refuses it — and which mapping files read a changed article text.
 */
final class ArticleIndex {
    /** The article a mapping file names: its id and its text, absolute. */
    private record Mapped(String articleId, Path text) {
    }

    private final Path projectRoot;
    private final Map<Path, Optional<Mapped>> byFile = new HashMap<>();
    private final Map<String, TreeSet<Path>> filesById = new HashMap<>();

    ArticleIndex(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /** Whether {@code file} was read, whether or not its article could be named. */
    boolean knows(Path file) {
        return byFile.containsKey(file);
    }

    int size() {
        return byFile.size();
    }

    /**
     * Records the article {@code file} maps (empty when its article block does not read). Returns the other
     * files that map, or no longer map, an article first because of it.
     */
    Set<Path> put(Path file, Optional<Article> article) {
        return mapped(file, article.map(a -> new Mapped(a.id(), projectRoot.resolve(a.sourceFile()).toAbsolutePath().normalize())));
    }

    /** As {@link #put(Path, Optional)}, for a file known to map article {@code articleId} of text {@code articleFile}. */
    Set<Path> put(Path file, String articleId, String articleFile) {
        return mapped(file, Optional.of(new Mapped(articleId, projectRoot.resolve(articleFile).toAbsolutePath().normalize())));
    }

    private Set<Path> mapped(Path file, Optional<Mapped> mapped) {
        Set<Path> changed = new LinkedHashSet<>(remove(file));
        mapped.ifPresent(m -> {
            TreeSet<Path> files = filesById.computeIfAbsent(m.articleId(), k -> new TreeSet<>());
            Path firstBefore = files.isEmpty() ? null : files.first();
            files.add(file);
            if (firstBefore != null && !firstBefore.equals(files.first())) {
                changed.add(firstBefore);
            }
        });
        byFile.put(file, mapped);
        changed.remove(file);
        return changed;
    }

    /** The mapping files that map article {@code articleId}, in name order: all but the first map it again. */
    Set<Path> filesMapping(String articleId) {
        return Collections.unmodifiableSet(filesById.getOrDefault(articleId, new TreeSet<>()));
    }

    /** Forgets {@code file}; returns the other file that now maps its article first, if any. */
    Set<Path> remove(Path file) {
        Optional<Mapped> was = byFile.remove(file);
        if (was == null || was.isEmpty()) {
            return Set.of();
        }
        TreeSet<Path> files = filesById.get(was.get().articleId());
        boolean wasFirst = files.first().equals(file);
        files.remove(file);
        if (files.isEmpty()) {
            filesById.remove(was.get().articleId());
            return Set.of();
        }
        return wasFirst ? Set.of(files.first()) : Set.of();
    }

    /** The first file, in name order, that maps the same article as {@code file}, when that is another file. */
    Optional<Path> mappedFirstBy(Path file) {
        return Optional.ofNullable(byFile.get(file)).flatMap(m -> m)
                .map(m -> filesById.get(m.articleId()).first()).filter(first -> !first.equals(file));
    }

    /** The mapping files whose article text is {@code text}, in name order. */
    Set<Path> readersOf(Path text) {
        Path absolute = text.toAbsolutePath().normalize();
        Set<Path> files = new TreeSet<>();
        byFile.forEach((file, mapped) -> mapped.filter(m -> m.text().equals(absolute)).ifPresent(m -> files.add(file)));
        return files;
    }
}
