package dev.kg.bench;

import dev.kg.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code kg validate --watch} takes from a save to the printed problems: starts it on a project
 * (such as CorpusGenerator's), waits for the first check, then saves mapping files spread over the corpus,
 * each once with one evidence quote broken and once restored, and times each save until its status line is
 * read. Prints the first check's time, the medians and maxima, and the process's memory. Usage: WatchLatency PROJECT [SAVES]
 */
public final class WatchLatency {
    private WatchLatency() {
    }

    /** A line the watch printed, and when it was read. */
    private record Printed(String line, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> mappings;
        try (var files = Files.list(project.resolve("seeds"))) {
            mappings = files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("entities.yaml")).sorted().toList();
        }
        Process watch = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", "--watch", "--project", project.toString())
                .redirectErrorStream(true).start();
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
        awaitLine(printed, "kg validate: watching ");
        System.out.printf("first check of %d mapping files: %.1f s%n", mappings.size(), (System.nanoTime() - start) / 1e9);
        List<Double> broken = new ArrayList<>();
        List<Double> restored = new ArrayList<>();
        try {
            for (int i = 0; i < saves; i++) {
                Path file = mappings.get((int) ((long) i * mappings.size() / saves));
                String good = Files.readString(file);
                int quote = good.indexOf("evidence: \"") + "evidence: \"".length();
                String name = file.getFileName().toString();
                broken.add(save(file, good.substring(0, quote) + "X" + good.substring(quote), name + ": 1 problem", printed));
                restored.add(save(file, good, name + ": ok", printed));
            }
            System.out.println("watch process memory: " + memory(watch.pid()));
        } finally {
            watch.destroy();
            watch.waitFor();
        }
        System.out.printf("save → problems printed: median %.0f ms, max %.0f ms (%d saves)%n", median(broken), max(broken), saves);
        System.out.printf("save → ok printed: median %.0f ms, max %.0f ms (%d saves)%n", median(restored), max(restored), saves);
    }

    private static double save(Path file, String text, String expected, BlockingQueue<Printed> printed) throws Exception {
        Thread.sleep(300);
        printed.clear();
        long before = System.nanoTime();
        Files.writeString(file, text);
        return (awaitLine(printed, expected).nanos() - before) / 1e6;
    }

    private static Printed awaitLine(BlockingQueue<Printed> printed, String part) throws InterruptedException {
        while (true) {
            Printed p = printed.poll(600, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("no line with '" + part + "' in 600 s");
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
