package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Facts of the seeds that once said more than their quotes, each as the quotes now ground it. */
class CorrectedFactsTest {

    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/kg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private static String csv(String query) {
        Kg.Run run = SeedStore.kg("query", "-e", PREFIXES + query, "--format", "csv");
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        return run.out().replace("\r\n", "\n");
    }

    /** Every claim of one article with one fact id: its relation, object, amount, status, purpose and attribution. */
    private static String claim(String article, String fact) {
        return csv("SELECT ?relation ?object ?amount ?status ?purpose ?attributedTo WHERE {"
                + " BIND(IRI(CONCAT('https://w3id.org/kg/id/claim/', '" + article + "', '/', '" + fact + "')) AS ?c)"
                + " ?c kg:relation/rdfs:label ?relation . FILTER(lang(?relation) = 'en')"
                + " OPTIONAL { ?c kg:object/rdfs:label ?object . FILTER(lang(?object) = 'en') }"
                + " OPTIONAL { ?c kg:amount/rdfs:label ?amount }"
                + " OPTIONAL { ?c kg:status/rdfs:label ?status . FILTER(lang(?status) = 'en') }"
                + " OPTIONAL { ?c kg:purpose ?purpose }"
                + " OPTIONAL { ?c kg:attributedTo/rdfs:label ?attributedTo . FILTER(lang(?attributedTo) = 'en') } }");
    }

    private static final String HEADER = "relation,object,amount,status,purpose,attributedTo\n";

    /** "potenziale accordo, che potrebbe superare i 10 miliardi": over 10 billion, and not yet made. */
    @Test
    void article000sInvestmentIsAPotentialDealOfOver10Billion() {
        assertEquals(HEADER + "invests in,Scale AI,over 10 billion USD,in talks,,\n",
                claim("000_9546f4cd82c692eb", "meta-invests-in-scale-ai"));
    }

    /** The Financial Times carried Wang's statement; it is not the source of his being CEO. */
    @Test
    void wangAsCeoIsNotCreditedToTheFinancialTimes() {
        assertEquals(HEADER + "leads,Scale AI,,reported,,\n", claim("000_9546f4cd82c692eb", "wang-leads-scale-ai"));
    }

    /** Neither of 001's sentences on Wang says he led Scale AI. */
    @Test
    void article001DoesNotSayWangLedScaleAi() {
        assertEquals(HEADER, claim("001_d5649c7f9c9adf91", "wang-leads-scale-ai"));
    }

    /** Defense Llama's training material is not a purpose of the Department of Defense. */
    @Test
    void trainingMaterialIsNoPurpose() {
        assertEquals(HEADER + "trained on data from,United States Department of Defense,,reported,,Scale AI\n",
                claim("002_cf741e01a53c0ac0", "defense-llama-trained-on-dod-data"));
    }

    /** "vanta anche lo sviluppo di Defense Llama": Scale AI develops it. */
    @Test
    void scaleAiDevelopsDefenseLlamaIn004() {
        assertEquals(HEADER + "develops,Defense Llama,,reported,,\n", claim("004_a15e93869306b3ce", "scale-ai-develops-defense-llama"));
        assertEquals(HEADER, claim("004_a15e93869306b3ce", "scale-ai-partners-on-defense-llama"));
    }

    /** In 003 Facebook is the app beside Instagram and WhatsApp, not the company Meta. */
    @Test
    void facebookIsTheAppNotTheCompany() {
        assertEquals("""
                entity,type,names
                Facebook,product,Facebook
                Meta,company,"Meta, Meta Platforms, Meta Platforms Inc."
                """, csv("SELECT ?entity ?type (GROUP_CONCAT(DISTINCT ?name; separator=', ') AS ?names) WHERE {"
                + " { SELECT ?e ?name WHERE { VALUES ?e { <https://w3id.org/kg/id/entity/facebook> <https://w3id.org/kg/id/entity/meta> }"
                + " { ?e rdfs:label ?n } UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?n } BIND(STR(?n) AS ?name) } ORDER BY ?name }"
                + " ?e rdfs:label ?entity . FILTER(lang(?entity) = 'en') ?e a ?t . ?t rdfs:label ?type ."
                + " FILTER(lang(?type) = 'en' && STRSTARTS(STR(?t), 'https://w3id.org/kg/ontology#')) }"
                + " GROUP BY ?entity ?type ORDER BY ?entity"));
    }
}
