package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code kg describe} and {@code kg path} on the seed graph, through the real command line. */
class ExploreTest {

    @Test
    void describeGroupsAnEntitysFactsByRelationWithArticleAndQuote() {
        Kg.Run run = SeedStore.kg("describe", "stargate");
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals("""
                Stargate (stargate), Initiative
                  IRI: <https://w3id.org/kg/id/entity/stargate>
                  labels: Stargate (en), Stargate (it)

                based in
                  United States  [002_cf741e01a53c0ac0]
                      "iniziative statunitensi come Stargate"

                plans to spend
                  500 billion USD, 2029, projected  [002_cf741e01a53c0ac0]
                      "iniziative statunitensi come Stargate (500 miliardi di dollari entro il 2029)"

                articles
                  [002_cf741e01a53c0ac0] Meta è in trattative per investire oltre 10 miliardi di dollari in Scale AI, published 2025 (inferred)
                """, run.out());
    }

    @Test
    void describeFindsAnEntityByAliasOrItalianLabelIgnoringCase() {
        assertEquals("Alexandr Wang (alexandr-wang), Person", firstLine(SeedStore.kg("describe", "alex wang")));
        assertEquals("United States Department of Defense (us-department-of-defense), GovernmentAgency",
                firstLine(SeedStore.kg("describe", "Dipartimento della Difesa degli Stati Uniti")));
        assertEquals("Defense Llama (defense-llama), AIModel", firstLine(SeedStore.kg("describe", "Lama di difesa")));
    }

    @Test
    void describeShowsIncomingRelationsAsObject() {
        String out = SeedStore.kg("describe", "uber-eats").out();
        assertEquals("""
                Uber Eats (uber-eats), Company
                  IRI: <https://w3id.org/kg/id/entity/uber-eats>
                  labels: Uber Eats (en), Uber Eats (it)

                ← leads (as object)
                  Jason Droege — former  [001_d5649c7f9c9adf91]
                      "Jason Droege, già noto per aver guidato Uber Eats"

                articles
                  [001_d5649c7f9c9adf91] Meta ha acquisito una partecipazione del 49% in Scale AI
                """, out);
    }

    @Test
    void anUnknownEntityGetsAHint() {
        Kg.Run run = SeedStore.kg("describe", "scale-aj");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("kg describe: no entity 'scale-aj' in the graph — did you mean 'scale-ai'? [unknown-entity]\n", run.err());
    }

    @Test
    void pathGivesTheShortestChainWithItsEvidence() {
        Kg.Run run = SeedStore.kg("path", "anduril", "Scale AI");
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals("""
                Anduril Industries —partners on→ Defense Llama ←develops— Scale AI
                2 steps

                Anduril Industries partners on Defense Llama
                  [002_cf741e01a53c0ac0]
                      "Meta collabora al progetto anche con Anduril"

                Scale AI develops Defense Llama
                  [004_a15e93869306b3ce]
                      "vanta anche lo sviluppo di Defense Llama, un modello linguistico progettato per applicazioni militari"
                """, run.out());
    }

    @Test
    void pathFollowsRelationsAgainstTheirDirection() {
        String first = SeedStore.kg("path", "uber-eats", "meta").out().lines().findFirst().orElseThrow();
        // Ties go to the relation that sorts first: customerOf before investsIn.
        assertEquals("Uber Eats ←leads— Jason Droege —leads→ Scale AI ←customer of— Meta", first);
    }

    @Test
    void entitiesWithoutAChainBetweenThemExitWithNoPath() {
        Kg.Run run = SeedStore.kg("path", "bloomberg", "meta");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("kg path: no chain of relations links Bloomberg and Meta in the graph — see what each is linked"
                + " to with 'kg describe' [no-path]\n", run.err());
    }

    private static String firstLine(Kg.Run run) {
        assertEquals(0, run.exit(), run.err());
        return run.out().lines().findFirst().orElseThrow();
    }

    /** A news outlet the articles credit with claims is described by those claims, not as having no facts. */
    @Test
    void describeShowsTheClaimsCreditedToAnEntity() {
        Kg.Run run = SeedStore.kg("describe", "Bloomberg");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("""

                credited with (the articles attribute these claims to it)
                  Meta invests in Scale AI — over 10 billion USD, valuation 14-25 billion USD, in talks, according to Bloomberg and Reuters  [002_cf741e01a53c0ac0]
                """), run.out());
        assertEquals(3, run.out().lines().filter(l -> l.startsWith("  Meta invests in Scale AI — ")).count(), run.out());
    }
}
