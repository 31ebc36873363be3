package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each shipped query's exact answer on the seed graph. */
class SavedQueriesTest {

    private static void assertRows(String expected, Kg.Run run) {
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals(expected.replace("\n", "\r\n"), run.out());
    }

    @Test
    void investmentsShowEveryArticlesVersionSideBySide() {
        assertRows("""
                investor,investee,amount,stake,valuation,status,article,reportedBy
                Meta,Scale AI,10 billion USD,,,reported,000_9546f4cd82c692eb,
                Meta,Scale AI,over 14 billion USD,49.0,about 29 billion USD,completed,001_d5649c7f9c9adf91,
                Meta,Scale AI,over 10 billion USD,,14-25 billion USD,in talks,002_cf741e01a53c0ac0,"Bloomberg, Reuters"
                Meta,Scale AI,over 10 billion USD,,,in talks,003_3a9745ee0dab3a5e,Bloomberg
                Meta,Scale AI,over 10 billion USD,,,in talks,004_a15e93869306b3ce,Bloomberg
                """, SeedStore.kg("query", "investments", "--param", "company=scale-ai", "--format", "csv"));
    }

    @Test
    void investmentsWithoutParameterCoverEveryInvestee() {
        Kg.Run run = SeedStore.kg("query", "investments", "--format", "csv");
        assertEquals(0, run.exit());
        assertEquals("investor,investee,amount,stake,valuation,status,article,reportedBy\r\n"
                + "Microsoft,OpenAI,,,,reported,000_9546f4cd82c692eb,\r\n", run.out().substring(0, run.out().indexOf("Meta,")));
    }

    @Test
    void membershipsAndLeadership() {
        assertRows("""
                person,relation,organisation,role,since,interim,status,article
                Alexandr Wang,joins,Meta,ruolo di leadership nel nuovo team dedicato alla superintelligenza artificiale,,,completed,001_d5649c7f9c9adf91
                Alexandr Wang,leads,Scale AI,CEO,,,reported,000_9546f4cd82c692eb
                Alexandr Wang,leads,Scale AI,CEO,,,reported,004_a15e93869306b3ce
                Jason Droege,leads,Scale AI,,,true,reported,001_d5649c7f9c9adf91
                """, SeedStore.kg("query", "memberships", "--format", "csv"));
    }

    @Test
    void defenseLlamaPartnersBaseModelsAndAgencies() {
        assertRows("""
                partner,modelName,basedOn,agencies,article
                Anduril Industries,Defense Llama,Llama 3,,002_cf741e01a53c0ac0
                Meta,Defense Llama,Llama,,000_9546f4cd82c692eb
                Meta,Defense Llama,Llama 3,,002_cf741e01a53c0ac0
                Meta,Defense Llama,Llama,,003_3a9745ee0dab3a5e
                Scale AI,Defense Llama,Llama,United States Department of Defense,000_9546f4cd82c692eb
                Scale AI,Defense Llama,Llama,United States Department of Defense,003_3a9745ee0dab3a5e
                Scale AI,Defense Llama,Llama 3,United States Department of Defense,004_a15e93869306b3ce
                """, SeedStore.kg("query", "defense-llama", "--format", "csv"));
    }

    @Test
    void valuationsOfScaleAiWithSources() {
        assertRows("""
                date,valuation,value,kind,status,article,reportedBy
                ,about 7 billion USD,7000000000.0,valuation,reported,000_9546f4cd82c692eb,
                ,13.8 billion USD,13800000000.0,valuation,reported,000_9546f4cd82c692eb,
                ,13.8 billion USD,13800000000.0,valuation,reported,004_a15e93869306b3ce,
                ,14-25 billion USD,14000000000.0,implied by investment,in talks,002_cf741e01a53c0ac0,"Bloomberg, Reuters"
                ,14 billion USD,14000000000.0,valuation,reported,003_3a9745ee0dab3a5e,
                ,25 billion USD,25000000000.0,valuation,projected,003_3a9745ee0dab3a5e,
                ,about 29 billion USD,29000000000.0,implied by investment,completed,001_d5649c7f9c9adf91,
                ,about 29 billion USD,29000000000.0,valuation,completed,001_d5649c7f9c9adf91,
                """, SeedStore.kg("query", "valuations", "--format", "csv"));
    }

    @Test
    void everyFactAboutAnEntityWithQuoteAndArticle() {
        assertRows("""
                subject,relation,object,article,evidence
                Jason Droege,leads,Scale AI,001_d5649c7f9c9adf91,A guidare temporaneamente Scale AI resterà Jason Droege
                """, SeedStore.kg("query", "entity-facts", "--param", "entity=jason-droege", "--format", "csv"));
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        Kg.Run run = SeedStore.kg("query", "entity-facts");
        assertEquals(2, run.exit());
        assertEquals("kg query: the query needs --param entity=VALUE (an entity id such as scale-ai) [missing-param]\n", run.err());
    }

    @Test
    void parameterValuesAreTermsAndCannotChangeTheQuery() {
        Kg.Run injection = SeedStore.kg("query", "investments", "--param", "company=x\" } ; DROP ALL #");
        assertEquals(2, injection.exit());
        assertEquals("kg query: invalid value 'x\" } ; DROP ALL #' for parameter 'company' — give an entity id such as"
                + " scale-ai [invalid-param]\n", injection.err());

        Kg.Run iriAsEntity = SeedStore.kg("query", "investments", "--param", "company=<http://evil/> } UNION {");
        assertEquals(2, iriAsEntity.exit());
        assertEquals("kg query: invalid value '<http://evil/> } UNION {' for parameter 'company' — give an entity id"
                + " such as scale-ai [invalid-param]\n", iriAsEntity.err());

        Kg.Run unknownEntity = SeedStore.kg("query", "investments", "--param", "company=scale-aj");
        assertEquals(1, unknownEntity.exit());
        assertEquals("", unknownEntity.out());
        assertEquals("kg query: no entity 'scale-aj' in the graph — did you mean 'scale-ai'? [unknown-entity]\n", unknownEntity.err());
    }

    @Test
    void listsSavedQueriesWithParameters() {
        Kg.Run run = Kg.run("queries", "--project", TestProjects.REPO.toString());
        assertEquals(0, run.exit());
        assertEquals("""
                defense-llama  Who partners on Defense Llama, what it is based on, and which government agencies the partners have contracts with
                                 --param model=ENTITY (default defense-llama)  The AI model, by entity id
                entity-facts   Every fact about an entity, with its evidence quote and article
                                 --param entity=ENTITY (required)  The entity, by entity id (e.g. scale-ai)
                investments    Who invests in whom: amount, stake, implied valuation, status and source, every article's version side by side
                                 --param company=ENTITY  The company invested in, by entity id (all companies when omitted)
                memberships    Who joined or leads which organisation, in which role, since when, and whether interim
                                 --param org=ENTITY  The organisation, by entity id (all when omitted)
                valuations     A company's valuations over time, with sources: stated valuations and those implied by investments
                                 --param company=ENTITY (default scale-ai)  The company, by entity id
                """, run.out());
    }
}
