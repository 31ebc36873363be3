package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every entity parameter takes an id, a label or an alias, in either language and any case, as describe does. */
class EntityParamsTest {

    @Test
    void aLabelOrAliasInAnyCaseGivesTheSameAnswerAsTheId() {
        Kg.Run byId = SeedStore.kg("query", "investments", "--param", "company=scale-ai", "--format", "csv");
        assertEquals(0, byId.exit(), byId.err());
        for (String name : new String[] {"Scale AI", "scale ai", "Scale"}) {
            Kg.Run byName = SeedStore.kg("query", "investments", "--param", "company=" + name, "--format", "csv");
            assertEquals(byId.out(), byName.out(), name);
        }
        Kg.Run italian = SeedStore.kg("query", "government-contracts", "--param",
                "subject=Dipartimento della Difesa degli Stati Uniti", "--format", "csv");
        assertEquals(0, italian.exit(), italian.err());
    }

    @Test
    void anUnknownNameGetsTheClosestEntity() {
        Kg.Run run = SeedStore.kg("query", "investments", "--param", "company=scale aj");
        assertEquals(1, run.exit());
        assertEquals("kg query: no entity 'scale aj' in the graph — did you mean 'scale-ai'? [unknown-entity]\n", run.err());
    }
}
