package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a seeds folder one article at a time, so that a corpus of any size is never in memory whole:
 * {@code entities.yaml} first, then each mapping file, checked against the entities and its article as it is
 * read. Problems are collected, not thrown, so that one pass reports all of them.
 */
public final class CurationReader {
    private final Path projectRoot;
    private final List<Entity> entities;
    private final List<Path> mappingFiles;
    private final List<Problem> problems = new ArrayList<>();
    /** The problems of the entities alone, which every reader over them starts from. */
    private final List<Problem> entityProblems;
    private final CurationValidator validator;
    private final Set<String> conceptKeys;

    private CurationReader(Path projectRoot, Path seeds, Schema schema) {
        this.projectRoot = projectRoot;
        Path entitiesFile = seeds.resolve(CurationLoader.ENTITIES_FILE);
        Optional<Problem> notAFile = Files.exists(entitiesFile, LinkOption.NOFOLLOW_LINKS)
                ? SeedsFolder.notAFile(entitiesFile, "entities file", "make it a regular file with an 'entities:' list")
                : Optional.of(new Problem(ErrorCode.FILE_MISSING, SourceLocation.startOf(entitiesFile),
                        "there is no entities file", "create " + entitiesFile + " with an 'entities:' list"));
        notAFile.ifPresent(problems::add);
        entities = notAFile.isPresent() ? List.of() : EntitiesReader.read(entitiesFile, schema, problems);
        validator = new CurationValidator(schema, entities, problems);
        conceptKeys = schema.conceptQualifiers().keySet();
        entityProblems = List.copyOf(problems);
        SeedsFolder folder = SeedsFolder.list(seeds);
        problems.addAll(folder.problems());
        mappingFiles = folder.mappingFiles();
    }

    private CurationReader(CurationReader entitiesFrom, SeedsFolder folder) {
        projectRoot = entitiesFrom.projectRoot;
        entities = entitiesFrom.entities;
        entityProblems = entitiesFrom.entityProblems;
        problems.addAll(entityProblems);
        validator = entitiesFrom.validator.alone(problems);
        conceptKeys = entitiesFrom.conceptKeys;
        problems.addAll(folder.problems());
        mappingFiles = folder.mappingFiles();
    }

    /** Reads the entities and lists the mapping files; the articles are read by {@link #read}. */
    public static CurationReader open(Path projectRoot, Path seeds, Schema schema) {
        return new CurationReader(projectRoot, seeds, schema);
    }

    /**
     * A reader over the same entities, already read and checked, and the mapping files of {@code folder}, as
     * {@link #open} would make it now: no mapping file read yet, the entities' and the folder's problems only.
     */
    public CurationReader again(SeedsFolder folder) {
        return new CurationReader(this, folder);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The mapping files, sorted by name so that builds are reproducible. */
    public List<Path> mappingFiles() {
        return mappingFiles;
    }

    /** The article of one mapping file when it is sound; otherwise empty, and its problems are added. */
    public Optional<Article> read(Path mappingFile) {
        int before = problems.size();
        Optional<Article> article = ArticleReader.read(mappingFile, projectRoot, conceptKeys, problems);
        article.ifPresent(validator::check);
        return problems.size() == before ? article : Optional.empty();
    }

    /**
     * Takes a mapping file that an earlier build read, and that has not changed since, as read without reading
     * it: of its article only the id counts, for the checks across mapping files (an article mapped twice).
     */
    public void readBefore(Path mappingFile, String articleId) {
        validator.mapped(articleId, mappingFile);
    }

    /** The article of one mapping file as far as it reads, even with problems (they are added): what kg curate shows. */
    public Optional<Article> readAsWritten(Path mappingFile) {
        Optional<Article> article = ArticleReader.read(mappingFile, projectRoot, conceptKeys, problems);
        article.ifPresent(validator::check);
        return article;
    }

    /**
     * One mapping file read and checked as {@link #read} checks it, but on its own: its problems come back
     * instead of being kept, and whether another file maps the same article is left to the caller, so that a
     * file can be checked again after each change (kg validate --watch).
     */
    public CheckedMapping checkAlone(Path mappingFile) {
        List<Problem> found = new ArrayList<>();
        Optional<Article> article = ArticleReader.read(mappingFile, projectRoot, conceptKeys, found);
        article.ifPresent(validator.alone(found)::check);
        return new CheckedMapping(article, found);
    }

    /** The problem of {@code file} mapping article {@code articleId}, which {@code first} maps already. */
    public static Problem mappedAgain(String articleId, Path file, Path first) {
        return new Problem(ErrorCode.DUPLICATE_ARTICLE, SourceLocation.startOf(file),
                "article '" + articleId + "' is already mapped by " + first, "keep all facts of one article in one mapping file");
    }

    /** One mapping file's article, as far as it reads, and its problems. */
    public record CheckedMapping(Optional<Article> article, List<Problem> problems) {
        public CheckedMapping {
            problems = List.copyOf(problems);
        }
    }

    /** Every problem found so far, in the entities file and in the articles read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
