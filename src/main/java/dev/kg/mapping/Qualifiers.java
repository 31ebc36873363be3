package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.List;

/** What an article says about a fact beyond who and what. Absent qualifiers are null. */
public record Qualifiers(
        Amount amount,
        BigDecimal stakePercent,
        Amount valuation,
        FactDate date,
        Status status,
        String role,
        Boolean interim,
        String purpose,
        List<String> attributedTo) {

    public Qualifiers {
        attributedTo = List.copyOf(attributedTo);
    }

}
