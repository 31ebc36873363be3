package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.mapping.Article;
import dev.kg.mapping.Entity;
import dev.kg.project.Project;
import dev.kg.store.Loader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code kg build --watch}: builds once as {@code kg build} does, then builds again what each save in the seeds
 * or the ontology folder changes, in this process, with what the last build read kept ({@link BuildSession}), so
 * that a save costs about what its article costs. A build that finds problems writes nothing, and the watch goes
 * on. Ctrl-C stops it between builds, or a build before its store write starts.
 */
public final class BuildWatch implements AutoCloseable {
    /** How many changed names a build's cause lists before it counts the rest. */
    private static final int NAMES_SHOWN = 3;

    /** Told what each build did. */
    public interface Listener {
        /** A sound article was read, with the project's entities (for its coverage). */
        void article(List<Entity> entities, Article article);

        /** A build ran because {@code cause} ("001_x.yaml changed"; empty for the first) and wrote, or found nothing to write. */
        void built(Optional<String> cause, BuildReport report);

        /** A build ran because {@code cause} and failed: problems in the input, or a store it could not write. */
        void failed(Optional<String> cause, KgException e);

        /** The folders are watched, once the first build is done. */
        void watching(List<Path> folders);
    }

    /** Thrown through a build by its progress once the watch is stopped, so that the build writes nothing. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final Project project;
    private final Path seeds;
    private final Path ontologyFolder;
    private final BuildSession session;
    private final FolderWatch watch;
    private volatile boolean stopped;

    private BuildWatch(Project project, Path storeDir, Loader loader) {
        this.project = project;
        seeds = project.seeds();
        ontologyFolder = project.ontology().getParent();
        if (!Files.isDirectory(seeds)) {
            throw new KgException(ErrorCode.FILE_MISSING,
                    seeds + ": there is no seeds folder — create it with entities.yaml and one mapping file per article");
        }
        session = BuildSession.open(project, storeDir, loader);
        watch = new FolderWatch(folders());
    }

    /** Starts watching the seeds and the ontology folders, before the first build, so that no save is missed. */
    public static BuildWatch start(Project project, Path storeDir, Loader loader) {
        return new BuildWatch(project, storeDir, loader);
    }

    public List<Path> folders() {
        return List.of(seeds, ontologyFolder);
    }

    /** Builds, then again on each change, until {@link #stop}; throws when a watched folder goes away. */
    public void run(Listener listener, BuildOperation.Progress progress) {
        BuildOperation.Progress stoppable = new BuildOperation.Progress() {
            @Override
            public void phase(String what) {
                stopIfAsked();
                progress.phase(what);
            }

            @Override
            public void articles(int done, int total, long triples) {
                stopIfAsked();
                progress.articles(done, total, triples);
            }
        };
        build(Optional.empty(), Optional.empty(), listener, stoppable);
        session.prepare();
        if (stopped) {
            return;
        }
        listener.watching(folders());
        while (!stopped) {
            Optional<FolderWatch.Changes> changes = watch.nextFor("kg build --watch");
            if (changes.isEmpty() || stopped) {
                return;
            }
            if (changes.get().overflow()) {
                build(Optional.empty(), Optional.of("too many changes at once"), listener, stoppable);
                continue;
            }
            Set<Path> inputs = new TreeSet<>(changes.get().paths().stream().filter(this::mayBeInput).toList());
            if (!inputs.isEmpty()) {
                build(Optional.of(inputs), Optional.of(cause(inputs)), listener, stoppable);
            }
        }
    }

    private void build(Optional<Set<Path>> named, Optional<String> cause, Listener listener, BuildOperation.Progress progress) {
        try {
            session.build(named, progress, listener::article).ifPresent(report -> listener.built(cause, report));
        } catch (Stopped e) {
            // The watch was stopped during the build, which wrote nothing.
        } catch (KgException e) {
            listener.failed(cause, e);
        }
    }

    /** A path a build may read: in the seeds folder (but names starting with '.'), or the ontology or the shapes. */
    private boolean mayBeInput(Path path) {
        if (path.equals(project.ontology()) || path.equals(project.shapes())) {
            return true;
        }
        return seeds.equals(path.getParent()) && !path.getFileName().toString().startsWith(".");
    }

    private static String cause(Set<Path> paths) {
        List<String> names = paths.stream().map(p -> p.getFileName().toString()).toList();
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return (names.size() > NAMES_SHOWN ? shown + " and " + (names.size() - NAMES_SHOWN) + " more" : shown) + " changed";
    }

    private void stopIfAsked() {
        if (stopped) {
            throw new Stopped();
        }
    }

    /** Stops the watch from another thread (Ctrl-C); {@link #run} returns once the build under way has written or stopped. */
    public void stop() {
        stopped = true;
        watch.close();
    }

    @Override
    public void close() {
        watch.close();
    }
}
