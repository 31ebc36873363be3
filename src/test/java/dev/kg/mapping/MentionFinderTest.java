package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link MentionFinder} recognises in a sentence, and what it leaves alone. */
class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(List.of(
            new Entity("meta", "Company", "Meta", "Meta", List.of("Meta Platforms Inc."), null),
            new Entity("llama-3", "AIModel", "Llama 3", "Llama 3", List.of(), null),
            new Entity("openai", "Company", "OpenAI", "OpenAI", List.of(), null),
            new Entity("united-states", "Country", "United States", "Stati Uniti", List.of(), null)));

    private static List<String> found(String sentence) {
        return FINDER.find(sentence).stream().map(m -> m.kind().word() + ":" + m.text()
                + (m.entityId() != null ? "=" + m.entityId() : "")
                + (m.values().isEmpty() ? "" : "=" + m.values().stream().map(BigDecimal::toPlainString).toList())).toList();
    }

    @Test
    void entitiesInAnyCaseTheLongestNameFirst() {
        assertEquals(List.of("entity:META PLATFORMS INC.=meta", "entity:llama 3=llama-3", "entity:Stati Uniti=united-states"),
                found("Ieri META PLATFORMS INC. ha mostrato llama 3 negli Stati Uniti."));
    }

    @Test
    void namesRunTogetherButNotAtTheStartOfASentenceOrClause() {
        assertEquals(List.of("name:Reuters", "name:Elon Musk", "name:Big Tech"),
                found("Secondo Reuters: Il fondatore Elon Musk parla a Giugno con le Big Tech."));
    }

    @Test
    void stopWordsMonthsAndAbbreviationsAreNotNames() {
        assertEquals(List.of(), found("Poi a Gennaio il CEO di AI disse: La data è Lunedì."));
    }

    @Test
    void aNamePrintedAgainstTheNextIsSplitAtTheCapital() {
        assertEquals(List.of("entity:OpenAI=openai", "entity:Meta=meta"), found("Come OpenAIMeta punta in alto."));
    }

    @Test
    void figuresAreAmountsRangesPercentagesCountsAndYears() {
        assertEquals(List.of("figure:13,8 miliardi=[13800000000]", "figure:tra 14 e 25 miliardi=[14000000000, 25000000000]",
                        "percentage:49%=[49]", "figure:un miliardo=[1000000000]", "year:2016=[2016]", "figure:$10 miliardi=[10000000000]",
                        "figure:65-68 miliardi=[65000000000, 68000000000]", "figure:20=[20]"),
                found("Valutata 13,8 miliardi, poi tra 14 e 25 miliardi, con il 49% e un miliardo di utenti dal 2016;"
                        + " $10 miliardi, 65-68 miliardi, accordo da 20 anni."));
    }
}
