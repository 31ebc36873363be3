package dev.kg.explore;

import java.util.List;

/**
 * One claim as the graph holds it, in words: who, which relation, whom or how much, with what qualifiers,
 * in which article, on which quotes. Labels are the English ones; {@code status} is the claim's ("reported",
 * "former", …), which {@code qualifiers} also names when it is not "reported".
 */
public record StatedFact(String claimIri, String relation, String subjectIri, String subject, String objectIri,
                         String object, String status, List<String> qualifiers, String article, List<String> evidence) {
    public StatedFact {
        qualifiers = List.copyOf(qualifiers);
        evidence = List.copyOf(evidence);
    }

    /** The object entity's name, or the amount for a figure such as a valuation. */
    public String objectOrAmount() {
        return object != null ? object : qualifiers.isEmpty() ? "" : qualifiers.get(0);
    }
}
