package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an article says about a fact beyond who and what. Absent qualifiers are null or empty. {@code concepts}
 * holds, by mapping key (role, purpose, stake, kinship, …), the labels that name concepts of the key's scheme;
 * role and purpose are also kept as the article's wording. {@code duration} is how long an agreement
 * runs, a count of time units ("20 years").
 */
public record Qualifiers(
        Amount amount,
        BigDecimal stakePercent,
        Amount valuation,
        FactDate date,
        Status status,
        String role,
        Boolean interim,
        String purpose,
        List<String> attributedTo,
        Amount count,
        Amount duration,
        List<Scalar> platforms,
        List<Scalar> includes,
        Map<String, List<Scalar>> concepts) {

    public Qualifiers {
        attributedTo = List.copyOf(attributedTo);
        platforms = List.copyOf(platforms);
        includes = List.copyOf(includes);
        concepts = Map.copyOf(concepts);
    }

}
