package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as an article states it: a sum of money ("over 10 billion USD", whose unit is an ISO 4217
 * currency code) or a count ("over 1 billion users", whose unit is a lower-case word). {@code upper} is set
 * only for a range; {@code text} is the curator's own wording, kept as the figure's label.
 */
public record Amount(BigDecimal value, BigDecimal upper, String unit, Bound bound, String text) {

    public static final String COUNT_EXAMPLES = "'over 1 billion users', '500 million users' or 'about 3000 employees'";

    public static final String EXAMPLES =
            "'10 billion USD', 'over 10 billion USD', 'about 29 billion USD', 'up to 65 billion USD' or '14-25 billion USD'";

    private static final Pattern SYNTAX = Pattern.compile(
            "(?:(over|at least|about|up to|at most)\\s+)?"
                    + "(\\d{1,15}(?:\\.\\d{1,6})?)(?:\\s*(?:-|–|to)\\s*(\\d{1,15}(?:\\.\\d{1,6})?))?"
                    + "(?:\\s+(thousand|million|billion|trillion))?\\s+([A-Z]{3}|[a-z]+)");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A thousand trillion: more than any company's worth, so a larger figure is a typing slip. */
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

    private static final Map<String, Bound> BOUNDS = Map.of(
            "over", Bound.AT_LEAST, "at least", Bound.AT_LEAST,
            "about", Bound.APPROXIMATELY,
            "up to", Bound.AT_MOST, "at most", Bound.AT_MOST);

    private static final Map<String, Integer> MAGNITUDES = Map.of(
            "thousand", 3, "million", 6, "billion", 9, "trillion", 12);

    /** True for a sum of money, false for a count. */
    public boolean isMoney() {
        return CURRENCY.matcher(unit).matches();
    }

    /** Reads a sum of money, e.g. "over 10 billion USD"; empty when it is not of that form. */
    public static Optional<Amount> parse(String text) {
        return figure(text).filter(Amount::isMoney);
    }

    /** Reads a count, e.g. "over 1 billion users"; empty when it is not of that form. */
    public static Optional<Amount> parseCount(String text) {
        return figure(text).filter(a -> !a.isMoney());
    }

    private static Optional<Amount> figure(String text) {
        String normalized = SPACES.matcher(text.strip()).replaceAll(" ");
        Matcher m = SYNTAX.matcher(normalized);
        if (!m.matches()) {
            return Optional.empty();
        }
        String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        if (qualifier != null && m.group(3) != null) {
            return Optional.empty();
        }
        int scale = m.group(4) == null ? 0 : MAGNITUDES.get(m.group(4));
        BigDecimal value = new BigDecimal(m.group(2)).scaleByPowerOfTen(scale).stripTrailingZeros();
        BigDecimal upper = m.group(3) == null ? null
                : new BigDecimal(m.group(3)).scaleByPowerOfTen(scale).stripTrailingZeros();
        if (value.signum() <= 0 || (upper != null && upper.compareTo(value) <= 0)
                || value.compareTo(LARGEST) > 0 || (upper != null && upper.compareTo(LARGEST) > 0)) {
            return Optional.empty();
        }
        if (MAGNITUDES.containsKey(m.group(5))) {
            return Optional.empty();
        }
        Bound bound = upper != null ? Bound.RANGE : qualifier == null ? Bound.EXACT : BOUNDS.get(qualifier);
        return Optional.of(new Amount(value, upper, m.group(5), bound, normalized));
    }
}
