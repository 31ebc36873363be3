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

    /** P1 */
    @Test
    void investmentsShowEveryArticlesVersionSideBySide() {
        assertRows("""
                investor,investee,amount,stake,valuation,status,article,reportedBy
                Meta,Scale AI,over 10 billion USD,,,in talks,000_9546f4cd82c692eb,
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

    /** P2 */
    @Test
    void membershipsLeadershipAndWhoLeft() {
        assertRows("""
                person,relation,organisation,role,wording,since,interim,status,article
                Alexandr Wang,joins,Meta,leadership role,ruolo di leadership nel nuovo team dedicato alla superintelligenza artificiale,,,completed,001_d5649c7f9c9adf91
                Andrew Bosworth,works for,Meta,CTO,CTO,,,reported,002_cf741e01a53c0ac0
                Mark Zuckerberg,leads,Meta,,,,,reported,000_9546f4cd82c692eb
                Mark Zuckerberg,leads,Meta,,,,,reported,002_cf741e01a53c0ac0
                Mark Zuckerberg,leads,Meta,CEO,amministratore delegato,,,reported,003_3a9745ee0dab3a5e
                Alexandr Wang,leads,Scale AI,CEO,CEO,,,reported,000_9546f4cd82c692eb
                Alexandr Wang,leads,Scale AI,CEO,CEO,,,reported,004_a15e93869306b3ce
                Jason Droege,leads,Scale AI,,,,true,reported,001_d5649c7f9c9adf91
                Jason Droege,leads,Uber Eats,,,,,former,001_d5649c7f9c9adf91
                """, SeedStore.kg("query", "memberships", "--format", "csv"));
    }

    /** The role as a concept: "CEO" finds the article that calls Zuckerberg "amministratore delegato". */
    @Test
    void aRoleByAnyOfItsNamesFindsEveryWording() {
        String ceo = """
                person,concept,organisation,wording,status,article
                Alexandr Wang,CEO,Scale AI,CEO,reported,000_9546f4cd82c692eb
                Alexandr Wang,CEO,Scale AI,CEO,reported,004_a15e93869306b3ce
                Mark Zuckerberg,CEO,Meta,amministratore delegato,reported,003_3a9745ee0dab3a5e
                """;
        assertRows(ceo, SeedStore.kg("query", "people-by-role", "--param", "role=CEO", "--format", "csv"));
        assertRows(ceo, SeedStore.kg("query", "people-by-role", "--param", "role=Amministratore Delegato", "--format", "csv"));
        Kg.Run unknown = SeedStore.kg("query", "people-by-role", "--param", "role=CFO");
        assertEquals(1, unknown.exit());
        assertEquals("kg query: 'CFO' names no concept of Roles — did you mean 'CEO'? kg vocabulary lists every concept"
                + " with its names [unknown-concept]\n", unknown.err());
        // A founding names the organisation as its subject and the founder as its object; the person is still the person.
        assertRows("""
                person,concept,organisation,wording,status,article
                Alexandr Wang,founder,Scale AI,fondatore,reported,001_d5649c7f9c9adf91
                Alexandr Wang,founder,Scale AI,fondatore,reported,003_3a9745ee0dab3a5e
                """, SeedStore.kg("query", "people-by-role", "--param", "role=founder", "--format", "csv"));
    }

    /** A purpose as a concept: "helmets" finds the Anduril partnership that the article words in Italian. */
    @Test
    void aPurposeByAnyOfItsNamesFindsTheItalianWording() {
        assertRows("""
                subject,relation,object,concept,wording,article
                Meta,partners with,Anduril Industries,military AR/VR helmets,sviluppare elmetti AR/VR per uso militare,003_3a9745ee0dab3a5e
                """, SeedStore.kg("query", "purposes", "--param", "purpose=helmets", "--format", "csv"));
    }

    /** P4 */
    @Test
    void valuationsOfScaleAiWithSources() {
        assertRows("""
                date,valuation,value,kind,status,article,reportedBy
                ,about 7 billion USD,7000000000.0,valuation,reported,000_9546f4cd82c692eb,
                ,13.8 billion USD,13800000000.0,valuation,reported,000_9546f4cd82c692eb,
                ,13.8 billion USD,13800000000.0,after funding round,completed,004_a15e93869306b3ce,
                ,13.8 billion USD,13800000000.0,valuation,reported,004_a15e93869306b3ce,
                ,14-25 billion USD,14000000000.0,implied by investment,in talks,002_cf741e01a53c0ac0,"Bloomberg, Reuters"
                ,14 billion USD,14000000000.0,valuation,reported,003_3a9745ee0dab3a5e,
                ,25 billion USD,25000000000.0,valuation,projected,003_3a9745ee0dab3a5e,
                ,about 29 billion USD,29000000000.0,implied by investment,completed,001_d5649c7f9c9adf91,
                ,about 29 billion USD,29000000000.0,valuation,completed,001_d5649c7f9c9adf91,
                """, SeedStore.kg("query", "valuations", "--format", "csv"));
    }

    /** P5 */
    @Test
    void revenueByYearActualAndProjected() {
        assertRows("""
                year,revenue,value,status,article
                2024,870 million USD,870000000.0,actual,000_9546f4cd82c692eb
                2024,870 million USD,870000000.0,actual,004_a15e93869306b3ce
                2025,2 billion USD,2000000000.0,projected,000_9546f4cd82c692eb
                2025,about 2 billion USD,2000000000.0,projected,004_a15e93869306b3ce
                """, SeedStore.kg("query", "revenue", "--format", "csv"));
    }

    /** P6 */
    @Test
    void customersOfScaleAi() {
        assertRows("""
                customer,status,articles
                Google,reported,001_d5649c7f9c9adf91
                Google,winding down,001_d5649c7f9c9adf91
                Meta,reported,002_cf741e01a53c0ac0
                Microsoft,reported,"001_d5649c7f9c9adf91, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce"
                OpenAI,reported,"001_d5649c7f9c9adf91, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce"
                """, SeedStore.kg("query", "customers", "--format", "csv"));
    }

    /** P7 */
    @Test
    void foundersOfScaleAi() {
        assertRows("""
                founder,role,year,article,evidence
                Alexandr Wang,fondatore,,001_d5649c7f9c9adf91,"Fondata da Alexandr Wang, Scale AI"
                Alexandr Wang,fondatore,2016,003_3a9745ee0dab3a5e,"Fondata nel 2016 da Alexandr Wang, Scale AI"
                Alexandr Wang,co-fondatore,,004_a15e93869306b3ce,"Scale AI, guidata dal co-fondatore e CEO Alexandr Wang"
                """, SeedStore.kg("query", "founders", "--format", "csv"));
    }

    /** P8: every pair of different values with its conflict, and the qualifiers one article alone gives. */
    @Test
    void whereTheArticlesDisagreeAndHow() {
        assertRows("""
                subject,relation,object,aspect,value,articles,otherValue,otherArticles,conflict
                Mark Zuckerberg,leads,Meta,role,amministratore delegato,003_3a9745ee0dab3a5e,,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0",single-source
                Meta,invests in,Scale AI,amount,over 10 billion USD,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",over 14 billion USD,001_d5649c7f9c9adf91,refinement
                Meta,invests in,Scale AI,implied valuation,14-25 billion USD,002_cf741e01a53c0ac0,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Meta,invests in,Scale AI,stake,49.0,001_d5649c7f9c9adf91,,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",single-source
                Meta,invests in,Scale AI,status,in talks,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",completed,001_d5649c7f9c9adf91,progression
                Meta,plans to spend,,amount,65-68 billion USD,002_cf741e01a53c0ac0,up to 65 billion USD,003_3a9745ee0dab3a5e,refinement
                Scale AI,founded by,Alexandr Wang,role,co-fondatore,004_a15e93869306b3ce,fondatore,"001_d5649c7f9c9adf91, 003_3a9745ee0dab3a5e",refinement
                Scale AI,founded by,Alexandr Wang,year,2016,003_3a9745ee0dab3a5e,,"001_d5649c7f9c9adf91, 004_a15e93869306b3ce",single-source
                Scale AI,has contract with,United States Department of Defense,year,2025,003_3a9745ee0dab3a5e,,000_9546f4cd82c692eb,single-source
                Scale AI,investigated by,United States Department of Labor,status,open,002_cf741e01a53c0ac0,closed,004_a15e93869306b3ce,progression
                Scale AI,revenue,,amount,2 billion USD,000_9546f4cd82c692eb,about 2 billion USD,004_a15e93869306b3ce,refinement
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",14 billion USD,003_3a9745ee0dab3a5e,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",25 billion USD,003_3a9745ee0dab3a5e,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,14 billion USD,003_3a9745ee0dab3a5e,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,14 billion USD,003_3a9745ee0dab3a5e,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,25 billion USD,003_3a9745ee0dab3a5e,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,25 billion USD,003_3a9745ee0dab3a5e,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,about 29 billion USD,001_d5649c7f9c9adf91,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,status,completed,001_d5649c7f9c9adf91,reported,"000_9546f4cd82c692eb, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",refinement
                Scale AI,valued at,,status,projected,003_3a9745ee0dab3a5e,completed,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,status,projected,003_3a9745ee0dab3a5e,reported,"000_9546f4cd82c692eb, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",refinement
                """, SeedStore.kg("query", "disagreements", "--format", "csv"));
    }

    /** P9 */
    @Test
    void everyFactAboutAnEntityWithQuoteAndArticle() {
        assertRows("""
                subject,relation,object,article,evidence
                Jason Droege,leads,Scale AI,001_d5649c7f9c9adf91,A guidare temporaneamente Scale AI resterà Jason Droege
                Jason Droege,leads,Uber Eats,001_d5649c7f9c9adf91,"Jason Droege, già noto per aver guidato Uber Eats"
                """, SeedStore.kg("query", "entity-facts", "--param", "entity=jason-droege", "--format", "csv"));
    }

    /** P10 */
    @Test
    void governmentContractsAndWhatTheyAreFor() {
        assertRows("""
                organisation,link,agency,purpose,year,status,article,reportedBy
                Scale AI,has contract with,United States Department of Defense,sviluppare agenti di intelligenza artificiale per uso operativo,,completed,000_9546f4cd82c692eb,
                Scale AI,has contract with,United States Department of Defense,,2025,completed,003_3a9745ee0dab3a5e,
                Scale AI,investigated by,United States Department of Labor,,,open,002_cf741e01a53c0ac0,
                Scale AI,investigated by,United States Department of Labor,,,closed,004_a15e93869306b3ce,
                """, SeedStore.kg("query", "government-contracts", "--format", "csv"));
    }

    /** P11 */
    @Test
    void plannedSpendingFor2025() {
        assertRows("""
                year,amount,value,upperValue,bound,purpose,status,article
                2025,65-68 billion USD,65000000000.0,68000000000.0,range,infrastrutture AI,projected,002_cf741e01a53c0ac0
                2025,up to 65 billion USD,65000000000.0,,at most,iniziative legate all'intelligenza artificiale,projected,003_3a9745ee0dab3a5e
                """, SeedStore.kg("query", "planned-spending", "--param", "org=meta", "--param", "for=2025", "--format", "csv"));
    }

    /** An organisation with no planned spending: the header only (TDB2 of Jena 6.0.0 failed here with an internal error). */
    @Test
    void plannedSpendingOfAnOrganisationWithNoneIsEmpty() {
        assertRows("""
                year,amount,value,upperValue,bound,purpose,status,article
                """, SeedStore.kg("query", "planned-spending", "--param", "org=scale-ai", "--format", "csv"));
    }

    /** P3 */
    @Test
    void defenseLlamaPartnersBaseModelsAndAgencies() {
        assertRows("""
                partner,relation,modelName,basedOn,agencies,trainedOnDataFrom,article
                Anduril Industries,partners on,Defense Llama,Llama 3,,United States Department of Defense,002_cf741e01a53c0ac0
                Meta,partners on,Defense Llama,Llama,,United States Department of Defense,000_9546f4cd82c692eb
                Meta,partners on,Defense Llama,Llama 3,,United States Department of Defense,002_cf741e01a53c0ac0
                Meta,partners on,Defense Llama,Llama,,United States Department of Defense,003_3a9745ee0dab3a5e
                Scale AI,partners on,Defense Llama,Llama,United States Department of Defense,United States Department of Defense,000_9546f4cd82c692eb
                Scale AI,partners on,Defense Llama,Llama,United States Department of Defense,United States Department of Defense,003_3a9745ee0dab3a5e
                Scale AI,develops,Defense Llama,Llama 3,United States Department of Defense,United States Department of Defense,004_a15e93869306b3ce
                """, SeedStore.kg("query", "defense-llama", "--format", "csv"));
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        Kg.Run run = SeedStore.kg("query", "entity-facts");
        assertEquals(2, run.exit());
        assertEquals("kg query: the query needs --param entity=VALUE (an entity's id, label or alias, such as scale-ai or \"Scale AI\") [missing-param]\n", run.err());
    }

    @Test
    void parameterValuesAreTermsAndCannotChangeTheQuery() {
        // An entity parameter is a name to look up, never text for the query: these name no entity.
        Kg.Run injection = SeedStore.kg("query", "investments", "--param", "company=x\" } ; DROP ALL #");
        assertEquals(1, injection.exit());
        assertEquals("", injection.out());
        assertEquals("kg query: no entity 'x\" } ; DROP ALL #' in the graph — give an entity id, label or alias from"
                + " seeds/entities.yaml [unknown-entity]\n", injection.err());

        Kg.Run iriAsEntity = SeedStore.kg("query", "investments", "--param", "company=<http://evil/> } UNION {");
        assertEquals(1, iriAsEntity.exit());
        assertEquals("kg query: no entity '<http://evil/> } UNION {' in the graph — give an entity id, label or alias"
                + " from seeds/entities.yaml [unknown-entity]\n", iriAsEntity.err());

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
                articles              The articles, with where and when they were published, as far as their mapping files say
                customers             The customers of a company that the articles name, with status and sources
                                        --param company=ENTITY (default scale-ai)  The supplier, by id, label or alias
                defense-llama         Who develops or partners on Defense Llama, what it is based on, and which government agencies are involved
                                        --param model=ENTITY (default defense-llama)  The AI model, by id, label or alias
                disagreements         Where the articles disagree, and how: contradiction, refinement, progression, or a qualifier only one article gives
                                        --param entity=ENTITY  The subject, by id, label or alias (all subjects when omitted)
                                        --param kind=STRING  Only this conflict: contradiction, refinement, progression or single-source (all when omitted)
                entity-facts          Every fact about an entity, with its evidence quote and article
                                        --param entity=ENTITY (required)  The entity, by id, label or alias (e.g. scale-ai)
                founders              Who founded a company, in what role, and when, with sources
                                        --param company=ENTITY (default scale-ai)  The company, by id, label or alias
                government-contracts  Contracts and investigations that link organisations to government agencies, and what they are for
                                        --param subject=ENTITY  The organisation, by id, label or alias (all when omitted)
                investments           Who invests in whom: amount, stake, implied valuation, status and source, every article's version side by side
                                        --param company=ENTITY  The company invested in, by id, label or alias (all companies when omitted)
                memberships           Who joined, leads or works for which organisation, in which role, since when, whether interim, and who left
                                        --param org=ENTITY  The organisation, by id, label or alias (all when omitted)
                people-by-role        Who holds a role, by any name of the role in English or Italian, in which organisation, by article
                                        --param role=ROLES (required)  The role, by any of its names (CEO, amministratore delegato, co-founder, …)
                planned-spending      What an organisation plans to spend, on what and for which year, every article's figure side by side
                                        --param org=ENTITY (default meta)  The organisation, by id, label or alias
                                        --param for=INTEGER  The year the spending is for, such as 2025 (all years when omitted)
                purposes              What contracts, partnerships, investments, spending and tests are for, by any name of the purpose
                                        --param purpose=PURPOSES (required)  The purpose, by any of its names (helmets, AI infrastructure, energia nucleare, …)
                revenue               A company's revenue by year, actual and projected, with sources
                                        --param company=ENTITY (default scale-ai)  The company, by id, label or alias
                valuations            A company's valuations over time, with sources: stated valuations and those implied by investments or funding rounds
                                        --param company=ENTITY (default scale-ai)  The company, by id, label or alias
                """, run.out());
    }
}
