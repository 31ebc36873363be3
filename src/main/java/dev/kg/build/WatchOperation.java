package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.error.Problem;
import dev.kg.mapping.Article;
import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.CurationReader;
import dev.kg.mapping.Entity;
import dev.kg.project.Project;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code kg validate --watch}: validates the whole project once, as {@code kg validate} does, then checks again
 * what each save changes. A mapping file is checked alone — against the ontology, the entities and its article,
 * the shapes of its graph beside the ontology and the entities, and whether another file maps its article, from
 * an index of ids — so a save costs the same whatever the size of the corpus. A change to the entities, the
 * ontology or the shapes checks everything again. Writes nothing.
 */
public final class WatchOperation implements AutoCloseable {
    private static final Set<String> ONTOLOGY_FILES = Set.of("kg.ttl", "shapes.ttl");

    /** Told what each check found. */
    public interface Listener {
        /** A sound article was read, with the project's entities (for its coverage). */
        void article(List<Entity> entities, Article article);

        /** Everything is checked again, because {@code cause}. */
        void checkingAll(String cause);

        /** Everything was checked; the problems as {@code kg validate} reports them. */
        void checkedAll(AllChecked verdict);

        /** The folders are watched, once the first check is done. */
        void watching(List<Path> folders);

        /** One mapping file was checked again, or is gone. */
        void checked(FileChecked verdict);

        /** What everything is checked against could not be read (the ontology, the shapes); it is read again on the next change. */
        void failed(KgException e);
    }

    /** A check of everything: the problems, and what was read. */
    public record AllChecked(List<Problem> problems, int articles, int entities, int facts) {
        public AllChecked {
            problems = List.copyOf(problems);
        }
    }

    /** One mapping file checked again: its problems in file order, or that it was deleted. */
    public record FileChecked(Path mappingFile, List<Problem> problems, boolean deleted) {
        public FileChecked {
            problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
        }
    }

    private final Project project;
    private final Path seeds;
    private final Path ontologyFolder;
    private final FolderWatch watch;
    private volatile boolean stopped;
    private ValidationBase basis;
    private ArticleIndex index;

    private WatchOperation(Project project) {
        this.project = project;
        seeds = project.seeds();
        ontologyFolder = project.ontology().getParent();
        if (!Files.isDirectory(seeds)) {
            throw new KgException(ErrorCode.FILE_MISSING,
                    seeds + ": there is no seeds folder — create it with entities.yaml and one mapping file per article");
        }
        watch = new FolderWatch(folders());
    }

    /** Starts watching the seeds and the ontology folders, before the first check, so that no save is missed. */
    public static WatchOperation start(Project project) {
        return new WatchOperation(project);
    }

    public List<Path> folders() {
        return List.of(seeds, ontologyFolder);
    }

    /** Checks everything, then each change, until {@link #stop}; throws when a watched folder goes away. */
    public void run(Listener listener) {
        checkAll(Optional.empty(), listener);
        if (stopped) {
            return;
        }
        listener.watching(folders());
        while (!stopped) {
            Optional<FolderWatch.Changes> changes = watch.nextFor("kg validate --watch");
            if (changes.isEmpty() || stopped) {
                return;
            }
            try {
                handle(changes.get(), listener);
            } catch (KgException e) {
                listener.failed(e);
            }
        }
    }

    /** Stops the watch from another thread (Ctrl-C); {@link #run} returns after the check under way. */
    public void stop() {
        stopped = true;
        watch.close();
    }

    @Override
    public void close() {
        watch.close();
    }

    private void handle(FolderWatch.Changes changes, Listener listener) {
        Optional<String> whole = changes.overflow() ? Optional.of("too many changes at once")
                : changes.paths().stream().filter(this::affectsAll).findFirst().map(p -> p.getFileName() + " changed");
        Set<Path> mappings = new TreeSet<>();
        Set<Path> texts = new TreeSet<>();
        for (Path p : changes.paths()) {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            // kg leaves names starting with '.' alone: editors' swap and lock files.
            if (!p.getParent().equals(seeds) || name.startsWith(".") || name.equals(CurationLoader.ENTITIES_FILE)) {
                continue;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                mappings.add(p);
            } else if (lower.endsWith(".txt")) {
                texts.add(p);
            }
        }
        if (basis == null && whole.isEmpty() && !mappings.isEmpty()) {
            // The last check of everything failed: any save may be the fix.
            whole = Optional.of(mappings.iterator().next().getFileName() + " changed");
        }
        if (whole.isPresent()) {
            checkAll(whole, listener);
            return;
        }
        if (basis == null) {
            return;
        }
        texts.forEach(text -> mappings.addAll(index.readersOf(text)));
        Set<Path> followUps = new LinkedHashSet<>();
        for (Path file : mappings) {
            followUps.addAll(checkOne(file, listener));
        }
        followUps.removeAll(mappings);
        for (Path file : followUps) {
            checkOne(file, listener);
        }
    }

    private boolean affectsAll(Path p) {
        return p.equals(seeds.resolve(CurationLoader.ENTITIES_FILE))
                || p.getParent().equals(ontologyFolder) && ONTOLOGY_FILES.contains(p.getFileName().toString());
    }

    /** Checks one mapping file again; returns the other files whose standing its change may alter. */
    private Set<Path> checkOne(Path file, Listener listener) {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!index.knows(file)) {
                return Set.of();
            }
            Set<Path> others = index.remove(file);
            listener.checked(new FileChecked(file, List.of(), true));
            return others;
        }
        CurationReader.CheckedMapping checked = basis.reader.checkAlone(file);
        Set<Path> others = index.put(file, checked.article());
        List<Problem> problems = mappingProblems(file, checked);
        if (problems.isEmpty() && basis.graphs) {
            Article article = checked.article().orElseThrow();
            listener.article(basis.reader.entities(), article);
            problems.addAll(basis.violations(article));
        }
        listener.checked(new FileChecked(file, problems, false));
        return others;
    }

    /** A file's own problems, and whether a file before it maps the same article. */
    private List<Problem> mappingProblems(Path file, CurationReader.CheckedMapping checked) {
        List<Problem> problems = new ArrayList<>(checked.problems());
        index.mappedFirstBy(file).ifPresent(first ->
                problems.add(CurationReader.mappedAgain(checked.article().orElseThrow().id(), file, first)));
        return problems;
    }

    /** As {@code kg validate}: the problems of the mapping files, or when there are none, the shapes' violations. */
    private void checkAll(Optional<String> cause, Listener listener) {
        cause.ifPresent(listener::checkingAll);
        basis = null;
        index = new ArticleIndex(project.root());
        ValidationBase read;
        try {
            read = ValidationBase.read(project);
        } catch (KgException e) {
            listener.failed(e);
            return;
        }
        List<Problem> problems = new ArrayList<>(read.reader.problems());
        int articles = 0;
        int facts = 0;
        try (ShapeCheckQueue shapes = new ShapeCheckQueue()) {
            if (read.graphs) {
                shapes.submit(read::baseViolations);
            }
            basis = read;
            for (Path file : read.reader.mappingFiles()) {
                if (stopped) {
                    return;
                }
                CurationReader.CheckedMapping checked = read.reader.checkAlone(file);
                index.put(file, checked.article());
                List<Problem> own = mappingProblems(file, checked);
                problems.addAll(own);
                if (own.isEmpty() && read.graphs) {
                    Article article = checked.article().orElseThrow();
                    listener.article(read.reader.entities(), article);
                    articles++;
                    facts += article.facts().size();
                    // Shapes are reported once the mapping files are sound, so input that fails early is cheap.
                    if (problems.isEmpty()) {
                        shapes.submit(() -> read.violations(article));
                    }
                }
            }
            listener.checkedAll(new AllChecked(problems.isEmpty() ? shapes.violations() : problems,
                    articles, read.reader.entities().size(), facts));
        }
    }
}
