package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short article of the project's own, mapped with the vocabulary that an unseen article needed: qualitative
 * stakes, tranches and their total, kinship, citizenship, a sovereign fund, a region, a product compared with
 * another, a user count on platforms, availability, a company testing another's model, a relative date, and
 * the article's source. Built for real, then asked with saved and ad-hoc queries.
 */
class VocabularyProjectTest {
    @TempDir
    static Path dir;
    static Path project;
    static Path store;

    @BeforeAll
    static void build() {
        project = TestProjects.emptyProject(dir.resolve("p"));
        TestProjects.copyTree(TestProjects.REPO.resolve("src/test/resources/projects/amazon-anthropic/seeds"), project.resolve("seeds"));
        store = dir.resolve("store");
        Kg.Run run = Kg.run("build", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private static String csv(String query) {
        Kg.Run run = Kg.run("query", "--project", project.toString(), "--store", store.toString(), "--format", "csv", "-e", query);
        assertEquals(0, run.exit(), run.err());
        return run.out().replace("\r\n", "\n");
    }

    @Test
    void aTotalIncludesItsTranchesAndTheStakeIsInWords() {
        assertEquals("""
                total,amount,kind
                amazon-invests-4-billion-in-all,1.25 billion USD,minority
                amazon-invests-4-billion-in-all,1.25 billion USD,no board seat
                amazon-invests-4-billion-in-all,2.75 billion USD,minority
                amazon-invests-4-billion-in-all,2.75 billion USD,no board seat
                """, csv("""
                SELECT (STRAFTER(STR(?claim), "amazon_anthropic/") AS ?total) ?amount ?kind WHERE {
                  ?claim kg:includes ?part ; kg:stakeKind/rdfs:label ?kind . ?part kg:amount/rdfs:label ?amount .
                  FILTER(lang(?kind) = "en") } ORDER BY ?amount ?kind"""));
    }

    @Test
    void aRelativeDateIsResolvedFromThePublicationDateAndKeepsItsWording() {
        assertEquals("""
                date,precision,asWritten,published
                2023-09-01T00:00:00,MonthPrecision,september last year,2024-11-22T00:00:00
                """, csv("""
                SELECT ?date (STRAFTER(STR(?p), "#") AS ?precision) ?asWritten ?published WHERE {
                  ?c kg:date ?date ; kg:datePrecision ?p ; kg:dateAsWritten ?asWritten ; kg:statedIn ?a .
                  ?a dcterms:issued ?published }"""));
    }

    @Test
    void kinshipCitizenshipFundsAndRegionsAreFacts() {
        assertEquals("""
                a,kinship,b
                Dario Amodei,sibling,Daniela Amodei
                """, csv("""
                SELECT ?a ?kinship ?b WHERE { ?c a kg:Kinship ; kg:subject/rdfs:label ?a ; kg:object/rdfs:label ?b ;
                  kg:kinship/rdfs:label ?kinship . FILTER(lang(?a) = "en" && lang(?b) = "en" && lang(?kinship) = "en") }"""));
        assertEquals("""
                person,country
                Daniela Amodei,United States
                Dario Amodei,United States
                """, csv("""
                SELECT ?person ?country WHERE { ?p kg:citizenOf ?c . ?p rdfs:label ?person . ?c rdfs:label ?country .
                  FILTER(lang(?person) = "en" && lang(?country) = "en") } ORDER BY ?person"""));
        assertEquals("""
                fund,type
                Qatar Investment Authority,SovereignWealthFund
                """, csv("""
                SELECT ?fund (STRAFTER(STR(?t), "#") AS ?type) WHERE { ?f kg:investsIn ent:anthropic ; a ?t ; rdfs:label ?fund .
                  ?t rdfs:subClassOf* kg:InvestmentFund . FILTER(lang(?fund) = "en") }"""));
        assertEquals("""
                place,type
                Silicon Valley,Region
                """, csv("""
                SELECT ?place (STRAFTER(STR(?t), "#") AS ?type) WHERE { ent:anthropic kg:basedIn ?p . ?p a ?t ; rdfs:label ?place .
                  FILTER(lang(?place) = "en") }"""));
    }

    @Test
    void productFactsCountUsersOnPlatformsAndCompareAndTest() {
        assertEquals("""
                count,value,unit,platform
                over 100 million users,100000000.0,users,Android
                over 100 million users,100000000.0,users,iOS
                """, csv("""
                SELECT ?count ?value ?unit ?platform WHERE { ?c a kg:UserBase ; kg:subject ent:claude ;
                  kg:count [ rdfs:label ?count ; kg:value ?value ; kg:unit ?unit ] ; kg:onPlatform/rdfs:label ?platform .
                  FILTER(lang(?platform) = "en") } ORDER BY ?platform"""));
        assertEquals("""
                relation,other
                comparedWith,gpt-4
                runsOn,amazon-bedrock
                """, csv("""
                SELECT (STRAFTER(STR(?r), "#") AS ?relation) (STRAFTER(STR(?o), "entity/") AS ?other) WHERE {
                  ent:claude ?r ?o . FILTER(?r IN (kg:comparedWith, kg:runsOn)) } ORDER BY ?relation"""));
        assertEquals("""
                tester
                microsoft
                """, csv("SELECT (STRAFTER(STR(?t), \"entity/\") AS ?tester) WHERE { ?t kg:tests ent:claude }"));
    }

    @Test
    void theArticlesSourceIsInTheGraphAndInTheSavedQuery() {
        Kg.Run run = Kg.run("query", "articles", "--project", project.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                article,title,publisher,published,inferred,url,authors,claims
                010_amazon_anthropic,Amazon porta a 4 miliardi l'investimento in Anthropic,Notizie Esempio,2024-11-22,false,https://notizie.example/2024/11/amazon-anthropic,Redazione,15
                """, run.out().replace("\r\n", "\n"));
    }

    @Test
    void describeShowsTheQualifiersInWordsAndTheArticlesSource() {
        Kg.Run run = Kg.run("describe", "Anthropic", "--project", project.toString(), "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("""
                  Amazon — 1.25 billion USD, 2023-09 (september last year)  [010_amazon_anthropic]
                """), run.out());
        assertTrue(run.out().contains("""
                  Amazon — 4 billion USD, stake minority, no board seat, includes amazon-invests-1-25-billion, amazon-invests-2-75-billion  [010_amazon_anthropic]
                """), run.out());
        assertTrue(run.out().endsWith("""
                articles
                  [010_amazon_anthropic] Amazon porta a 4 miliardi l'investimento in Anthropic — Notizie Esempio, published 2024-11-22 <https://notizie.example/2024/11/amazon-anthropic>
                """), run.out());
    }
}
