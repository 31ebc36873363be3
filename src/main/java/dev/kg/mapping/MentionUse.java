package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a fact uses a mention: an entity as its subject, object, attribution or platform; a figure as its amount,
 * valuation, count or duration (either end of a range), stake or the year of its date; or any mention whose words its role or
 * purpose repeats.
 */
final class MentionUse {

    private MentionUse() {
    }

    static boolean uses(Fact fact, Mention mention) {
        Qualifiers q = fact.qualifiers();
        if (inWords(q.role(), mention) || inWords(q.purpose(), mention)) {
            return true;
        }
        return switch (mention.kind()) {
            case ENTITY -> mention.entityId().equals(fact.subject()) || mention.entityId().equals(fact.object())
                    || q.attributedTo().contains(mention.entityId())
                    || q.platforms().stream().anyMatch(p -> p.value().equals(mention.entityId()));
            case NAME -> false;
            case PERCENTAGE -> q.stakePercent() != null && mention.values().stream().anyMatch(v -> same(v, q.stakePercent()));
            case YEAR -> q.date() != null && mention.values().stream().anyMatch(v -> same(v, new BigDecimal(q.date().iso().substring(0, 4))));
            case AMOUNT -> mention.values().stream().anyMatch(v -> figures(q).stream().anyMatch(f -> same(v, f)));
        };
    }

    private static List<BigDecimal> figures(Qualifiers q) {
        List<BigDecimal> figures = new ArrayList<>();
        for (Amount a : new Amount[] {q.amount(), q.valuation(), q.count(), q.duration()}) {
            if (a != null) {
                figures.add(a.value());
                if (a.upper() != null) {
                    figures.add(a.upper());
                }
            }
        }
        return figures;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static boolean inWords(String text, Mention mention) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(mention.text().toLowerCase(Locale.ROOT));
    }
}
