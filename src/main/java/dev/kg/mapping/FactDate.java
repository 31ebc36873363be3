package dev.kg.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date only as precise as the article is: a year, a month, or a day, in ISO 8601 form; with the article's
 * hedge ("early", "about") when it gives one, and the curator's wording when the date is relative to the
 * article's publication ("early this year") or hedged.
 */
public record FactDate(String iso, Precision precision, Hedge hedge, String asWritten) {
    public enum Precision { YEAR, MONTH, DAY }

    /** How an article hedges a date. */
    public enum Hedge {
        EARLY, MID, LATE, ABOUT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The forms curators write, for error messages. */
    public static final String FORMS = "a year (2025), a month (2025-06) or a day (2025-06-12), optionally after early, mid,"
            + " late or about; or relative to the article's 'published' date: 'this year', 'last year', 'next year',"
            + " a month ('september', 'september last year'), each optionally after early, mid, late or about";

    // Compiled once: every fact of a build may have a date.
    private static final Pattern YEAR_FORM = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> RELATIVE_YEARS = List.of("last year", "this year", "next year");

    public FactDate(String iso, Precision precision) {
        this(iso, precision, null, null);
    }

    /** The first instant of the year, month or day, as an ISO 8601 date-time without a time zone. */
    public String firstInstant() {
        String day = switch (precision) {
            case YEAR -> iso + "-01-01";
            case MONTH -> iso + "-01";
            case DAY -> iso;
        };
        return day + "T00:00:00";
    }

    /** The calendar year of the date. */
    public int year() {
        return Integer.parseInt(iso.substring(0, 4));
    }

    /** Reads an absolute date, hedged or not; empty for anything else, a relative date or an impossible date. */
    public static Optional<FactDate> parse(String text) {
        return isRelative(text) ? Optional.empty() : parse(text, null);
    }

    /** True when the date is relative to the article's publication, such as "early this year" or "september". */
    public static boolean isRelative(String text) {
        Words w = Words.of(text);
        return RELATIVE_YEARS.contains(w.rest()) || (w.month() != null && w.rest().isEmpty());
    }

    /**
     * Reads a date, resolving a relative one against {@code published} (the article's publication date, which
     * may be null when the date is absolute); empty when it is not one of {@link #FORMS}.
     */
    public static Optional<FactDate> parse(String text, FactDate published) {
        Words w = Words.of(text);
        String asWritten = w.hedge() != null || isRelative(text) ? SPACES.matcher(text.strip()).replaceAll(" ") : null;
        Integer year = null;
        int relative = RELATIVE_YEARS.indexOf(w.rest());
        if (relative >= 0 || (w.month() != null && w.rest().isEmpty())) {
            if (published == null) {
                return Optional.empty();
            }
            year = published.year() + (relative >= 0 ? relative - 1 : 0);
        } else if (w.month() != null && YEAR_FORM.matcher(w.rest()).matches()) {
            year = Integer.parseInt(w.rest());
        }
        if (year != null) {
            return w.month() == null
                    ? Optional.of(new FactDate(Integer.toString(year), Precision.YEAR, w.hedge(), asWritten))
                    : Optional.of(new FactDate(YearMonth.of(year, w.month()).toString(), Precision.MONTH, w.hedge(), asWritten));
        }
        if (w.month() != null) {
            return Optional.empty();
        }
        return absolute(w.rest()).map(d -> new FactDate(d.iso(), d.precision(), w.hedge(), asWritten));
    }

    private static Optional<FactDate> absolute(String t) {
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

    /** A date's words: an optional hedge, an optional month name, and the rest. */
    private record Words(Hedge hedge, Month month, String rest) {
        static Words of(String text) {
            String t = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            Hedge hedge = null;
            for (Hedge h : Hedge.values()) {
                if (t.startsWith(h.key() + " ")) {
                    hedge = h;
                    t = t.substring(h.key().length() + 1);
                }
            }
            Month month = null;
            String first = t.contains(" ") ? t.substring(0, t.indexOf(' ')) : t;
            Optional<Month> named = Arrays.stream(Month.values())
                    .filter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(first)
                            || m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(first))
                    .findFirst();
            if (named.isPresent()) {
                month = named.get();
                t = t.substring(first.length()).strip();
            }
            return new Words(hedge, month, t);
        }
    }
}
