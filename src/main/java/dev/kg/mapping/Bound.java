package dev.kg.mapping;

/** How a stated number relates to the true value: "oltre 10 miliardi" is a lower bound, not 10 billion. */
public enum Bound {
    EXACT, AT_LEAST, AT_MOST, APPROXIMATELY, RANGE
}
