package dev.kg.error;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one run, reported together, one per line, in file order. */
public final class ProblemsFound extends KgException {
    private final List<Problem> problems;

    public ProblemsFound(List<Problem> problems) {
        // Each line carries its own code; the exception takes the first one's, whose status is the exit code.
        super(problems.stream().sorted(Problem.IN_FILE_ORDER).findFirst().map(Problem::code).orElse(ErrorCode.INTERNAL),
                render(problems));
        this.problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        String lines = problems.stream().sorted(Problem.IN_FILE_ORDER)
                .map(Problem::toString).collect(Collectors.joining("\n"));
        int n = problems.size();
        return lines + "\n" + n + (n == 1 ? " problem" : " problems") + " found; nothing was written.";
    }
}
