package dev.kg.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A date only as precise as the article is: a year, a month, or a day, in ISO 8601 form. */
public record FactDate(String iso, Precision precision) {
    public enum Precision { YEAR, MONTH, DAY }

    // Compiled once: every fact of a build may have a date.
    private static final Pattern YEAR_FORM = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The first instant of the year, month or day, as an ISO 8601 date-time without a time zone. */
    public String firstInstant() {
        String day = switch (precision) {
            case YEAR -> iso + "-01-01";
            case MONTH -> iso + "-01";
            case DAY -> iso;
        };
        return day + "T00:00:00";
    }

    /** Reads "2025", "2025-06" or "2025-06-12"; empty for anything else or an impossible date. */
    public static Optional<FactDate> parse(String text) {
        String t = text.strip();
        try {
            if (YEAR_FORM.matcher(t).matches()) {
                return Optional.of(new FactDate(t, Precision.YEAR));
            }
            if (MONTH_FORM.matcher(t).matches()) {
                YearMonth.parse(t);
                return Optional.of(new FactDate(t, Precision.MONTH));
            }
            if (DAY_FORM.matcher(t).matches()) {
                LocalDate.parse(t);
                return Optional.of(new FactDate(t, Precision.DAY));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
