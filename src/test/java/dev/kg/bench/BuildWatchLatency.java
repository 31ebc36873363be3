package dev.kg.bench;

import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.build.BuildSession;
import dev.kg.cli.Main;
import dev.kg.project.Project;
import dev.kg.store.Loader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code kg build --watch} takes from a save to its "built" line: starts it on a project (such as
 * CorpusGenerator's) and its store, waits for the first build, then saves SAVES mapping files spread over the
 * corpus, each with a new title, and times each save until the build's "built" line is read. With
 * {@code --phases}, runs the same saves through a {@link BuildSession} in this JVM instead and prints the time of
 * each phase of each build. Usage: BuildWatchLatency PROJECT STORE [SAVES] [--phases | KG-COMMAND...]; the
 * command that runs kg defaults to this JVM with the test class path.
 */
public final class BuildWatchLatency {
    private BuildWatchLatency() {
    }

    /** A line the watch printed, and when it was read. */
    private record Printed(String line, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path store = Path.of(args[1]);
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> command = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        List<Path> mappings;
        try (var files = Files.list(project.resolve("seeds"))) {
            mappings = files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("entities.yaml")).sorted().toList();
        }
        if (command.equals(List.of("--phases"))) {
            phases(project, store, mappings, saves);
        } else {
            process(project, store, mappings, saves, command);
        }
    }

    private static void process(Path project, Path store, List<Path> mappings, int saves, List<String> kg) throws Exception {
        List<String> command = new ArrayList<>(kg.isEmpty() ? List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()) : kg);
        command.addAll(List.of("build", "--watch", "--project", project.toString(), "--store", store.toString()));
        Process watch = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<Printed> printed = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    printed.add(new Printed(line, System.nanoTime()));
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        long start = System.nanoTime();
        awaitLine(printed, "kg build: watching ");
        System.out.printf("first build of %d mapping files: %.1f s%n", mappings.size(), (System.nanoTime() - start) / 1e9);
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < saves; i++) {
                Path file = mappings.get((int) ((long) i * mappings.size() / saves));
                Thread.sleep(500);
                printed.clear();
                long before = System.nanoTime();
                retitle(file, "Watched edit " + i + " at " + System.currentTimeMillis());
                Printed first = awaitLine(printed, "");
                while (first.line().matches("\\d\\d:\\d\\d:\\d\\d .*")) {
                    first = awaitLine(printed, "");
                }
                Printed built = awaitLine(printed, "built ");
                times.add((built.nanos() - before) / 1e6);
                System.out.printf("save %d: %.0f ms, %s; %s%n", i, times.get(i), first.line(), built.line());
            }
            System.out.println("watch process memory: " + memory(watch.pid()));
        } finally {
            watch.destroy();
            watch.waitFor();
        }
        System.out.printf("save → built line: median %.0f ms, min %.0f ms, max %.0f ms (%d saves)%n", median(times),
                times.stream().mapToDouble(Double::doubleValue).min().orElse(0), max(times), saves);
    }

    /** The same saves through a session in this JVM, each build's phases timed. */
    private static void phases(Path project, Path store, List<Path> mappings, int saves) throws IOException {
        BuildSession session = BuildSession.open(new Project(project), store, Loader.PACKED);
        long start = System.nanoTime();
        BuildReport first = session.build(Optional.empty(), BuildOperation.Progress.NONE, (e, a) -> { }).orElseThrow();
        System.out.printf("first build (%s): %.1f s%n", first.mode(), (System.nanoTime() - start) / 1e9);
        session.prepare();   // as the watch does before it watches
        Map<String, List<Double>> byPhase = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            Path file = mappings.get((int) ((long) i * mappings.size() / saves));
            retitle(file, "Timed edit " + i + " at " + System.currentTimeMillis());
            Map<String, Long> began = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            BuildReport report = session.build(Optional.of(Set.of(file)), what -> began.put(what, System.nanoTime()),
                    (e, a) -> { }).orElseThrow();
            long end = System.nanoTime();
            totals.add((end - t0) / 1e6);
            List<Map.Entry<String, Long>> steps = new ArrayList<>(began.entrySet());
            StringBuilder line = new StringBuilder();
            long from = t0;
            String name = "session start";
            for (Map.Entry<String, Long> step : steps) {
                byPhase.computeIfAbsent(name, k -> new ArrayList<>()).add((step.getValue() - from) / 1e6);
                line.append("%s %.0f ms; ".formatted(name, (step.getValue() - from) / 1e6));
                from = step.getValue();
                name = step.getKey();
            }
            byPhase.computeIfAbsent(name, k -> new ArrayList<>()).add((end - from) / 1e6);
            line.append("%s %.0f ms".formatted(name, (end - from) / 1e6));
            System.out.printf("save %d (%s): %.0f ms: %s%n", i, report.mode(), totals.get(i), line);
        }
        byPhase.forEach((phase, ms) -> System.out.printf("  median %-55s %6.0f ms%n", phase, median(ms)));
        System.out.printf("build after a save: median %.0f ms, max %.0f ms (%d saves)%n", median(totals), max(totals), saves);
    }

    /** Gives the article of {@code file} the title {@code title}, as an editor saves it. */
    private static void retitle(Path file, String title) throws IOException {
        String text = Files.readString(file);
        String changed = text.replaceFirst("(?m)^  title: .*$", "  title: \"" + title + "\"");
        if (changed.equals(text)) {
            throw new IllegalStateException(file + " has no title line");
        }
        Files.writeString(file, changed);
    }

    private static Printed awaitLine(BlockingQueue<Printed> printed, String part) throws InterruptedException {
        while (true) {
            Printed p = printed.poll(1200, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("no line with '" + part + "' in 1200 s");
            }
            if (p.line().contains(part)) {
                return p;
            }
        }
    }

    /** Peak and current resident memory, from Linux's /proc; "unknown" elsewhere. */
    private static String memory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS")).map(l -> l.replaceAll("\\s+", " "))
                    .reduce((a, b) -> a + ", " + b).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
