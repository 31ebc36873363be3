package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg query disagreements --param kind=…}: each kind of conflict on its own, with its exact rows. */
class ConflictKindsTest {

    private static final String HEADER = "subject,relation,object,aspect,value,articles,otherValue,otherArticles,conflict\n";

    private static void assertRows(String expected, Kg.Run run) {
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertEquals((HEADER + expected).replace("\n", "\r\n"), run.out());
    }

    private static Kg.Run kind(String kind, String... more) {
        String[] args = {"query", "disagreements", "--format", "csv", "--param", "kind=" + kind};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return SeedStore.kg(all);
    }

    /** Both can be true: over 10 and over 14 billion; 2 and about 2 billion; a range meeting an upper bound; co-founder and founder. */
    @Test
    void refinementsAreCompatibleValuesOneMorePrecise() {
        assertRows("""
                Meta,invests in,Scale AI,amount,over 10 billion USD,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",over 14 billion USD,001_d5649c7f9c9adf91,refinement
                Meta,plans to spend,,amount,65-68 billion USD,002_cf741e01a53c0ac0,up to 65 billion USD,003_3a9745ee0dab3a5e,refinement
                Scale AI,founded by,Alexandr Wang,role,co-fondatore,004_a15e93869306b3ce,fondatore,"001_d5649c7f9c9adf91, 003_3a9745ee0dab3a5e",refinement
                Scale AI,revenue,,amount,2 billion USD,000_9546f4cd82c692eb,about 2 billion USD,004_a15e93869306b3ce,refinement
                Scale AI,valued at,,status,completed,001_d5649c7f9c9adf91,reported,"000_9546f4cd82c692eb, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",refinement
                Scale AI,valued at,,status,projected,003_3a9745ee0dab3a5e,reported,"000_9546f4cd82c692eb, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",refinement
                """, kind("refinement"));
    }

    /** In talks then completed, open then closed, the valuation a completed deal implies; the earlier stage first. */
    @Test
    void progressionsMoveOnFromTheEarlierStage() {
        assertRows("""
                Meta,invests in,Scale AI,implied valuation,14-25 billion USD,002_cf741e01a53c0ac0,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Meta,invests in,Scale AI,status,in talks,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",completed,001_d5649c7f9c9adf91,progression
                """, kind("progression", "--param", "entity=meta"));
        // Valuations carry no date: different figures of them are the figure moving on, not a contradiction.
        assertRows("""
                Scale AI,investigated by,United States Department of Labor,status,open,002_cf741e01a53c0ac0,closed,004_a15e93869306b3ce,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",14 billion USD,003_3a9745ee0dab3a5e,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",25 billion USD,003_3a9745ee0dab3a5e,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,13.8 billion USD,"000_9546f4cd82c692eb, 004_a15e93869306b3ce",about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,14 billion USD,003_3a9745ee0dab3a5e,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,14 billion USD,003_3a9745ee0dab3a5e,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,25 billion USD,003_3a9745ee0dab3a5e,about 29 billion USD,001_d5649c7f9c9adf91,progression
                Scale AI,valued at,,amount,25 billion USD,003_3a9745ee0dab3a5e,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,amount,about 29 billion USD,001_d5649c7f9c9adf91,about 7 billion USD,000_9546f4cd82c692eb,progression
                Scale AI,valued at,,status,projected,003_3a9745ee0dab3a5e,completed,001_d5649c7f9c9adf91,progression
                """, kind("progression", "--param", "entity=scale-ai"));
    }

    /** The 49% stake only 001 gives does not vanish: it is shown with the articles silent on it. */
    @Test
    void aQualifierOnlyOneArticleGivesIsShownAsSuch() {
        assertRows("""
                Mark Zuckerberg,leads,Meta,role,amministratore delegato,003_3a9745ee0dab3a5e,,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0",single-source
                Meta,invests in,Scale AI,stake,49.0,001_d5649c7f9c9adf91,,"000_9546f4cd82c692eb, 002_cf741e01a53c0ac0, 003_3a9745ee0dab3a5e, 004_a15e93869306b3ce",single-source
                Scale AI,founded by,Alexandr Wang,year,2016,003_3a9745ee0dab3a5e,,"001_d5649c7f9c9adf91, 004_a15e93869306b3ce",single-source
                Scale AI,has contract with,United States Department of Defense,year,2025,003_3a9745ee0dab3a5e,,000_9546f4cd82c692eb,single-source
                """, kind("single-source"));
    }

    /** The seeds, read to the letter, do not contradict one another: a figure changed in a copy does. */
    @Test
    void aContradictionIsWhereNoValueSatisfiesBoth(@TempDir Path dir) throws Exception {
        assertRows("", kind("contradiction"));

        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path article = project.resolve("seeds/004_a15e93869306b3ce.txt");
        Path mapping = project.resolve("seeds/004_a15e93869306b3ce.yaml");
        Files.writeString(article, Files.readString(article).replace("870 milioni di dollari nel 2024", "900 milioni di dollari nel 2024"));
        Files.writeString(mapping, Files.readString(mapping).replace("870 milioni di dollari nel 2024", "900 milioni di dollari nel 2024")
                .replace("amount: 870 million USD", "amount: 900 million USD"));
        String store = dir.resolve("store").toString();
        Kg.Run build = Kg.run("build", "--project", project.toString(), "--store", store);
        assertEquals(0, build.exit(), build.err());
        assertRows("""
                Scale AI,revenue,,amount,870 million USD,000_9546f4cd82c692eb,900 million USD,004_a15e93869306b3ce,contradiction
                """, Kg.run("query", "disagreements", "--project", project.toString(), "--store", store,
                "--format", "csv", "--param", "kind=contradiction"));
    }
}
