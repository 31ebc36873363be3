package dev.kg.cli;

import dev.kg.mapping.Schema;
import dev.kg.vocabulary.Vocabulary;
import dev.kg.vocabulary.VocabularyOperation;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = {"Lists what mapping files can say, as the project's ontology and shapes define it: entity types,"
                + " relations with the qualifiers each takes and a SPARQL pattern for kg query -e, and the concept schemes"
                + " (roles, purposes, kinds of stake, kinships, training materials) with every name a curator may write for each concept.",
            "Extend the vocabulary in ontology/kg.ttl (README.md, \"Extending the vocabulary\"); this list follows."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg vocabulary", "  kg vocabulary | grep -A3 investsIn"})
final class VocabularyCommand implements Runnable {
    private final Console console;

    @Mixin
    ProjectOptions options;

    VocabularyCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Vocabulary v = VocabularyOperation.read(options.project());
        PrintStream out = console.out();
        out.println("Entity types (type: in entities.yaml)");
        for (Vocabulary.EntityType t : v.entityTypes()) {
            out.printf("  %s%s — %s / %s%n", "  ".repeat(t.depth()), t.name(), t.labelEn(), t.labelIt());
        }
        out.println();
        out.println("Every fact may have: " + keys(v.generalQualifiers()) + ", and evidence (required)");
        out.println();
        out.println("Relations (relation: in a fact)");
        for (Vocabulary.Relation r : v.relations()) {
            String target = r.figure() == null ? r.range() : r.figure() + " (a figure, no object)";
            out.printf("  %s — %s / %s: %s → %s%n", r.name(), r.labelEn(), r.labelIt(), r.domain(), target);
            if (!r.qualifiers().isEmpty()) {
                out.println("      also takes: " + keys(r.qualifiers()));
            }
            out.println("      SPARQL: " + r.sparqlPattern());
        }
        out.println();
        out.println("Concepts (write any of their names, in either language; case does not matter)");
        for (Vocabulary.Scheme s : v.schemes()) {
            out.printf("  %s — %s / %s%s%n", s.name(), s.labelEn(), s.labelIt(),
                    s.keys().isEmpty() ? "" : "; key " + String.join(", ", s.keys().stream().map(k -> "'" + k + "'").toList()));
            for (Schema.Concept c : s.concepts()) {
                out.printf("    %s — %s / %s%s%n", c.name(), c.labelEn(), c.labelIt(),
                        c.altLabels().isEmpty() ? "" : "; also: " + String.join(", ", c.altLabels()));
            }
        }
        out.flush();
    }

    private static String keys(List<Vocabulary.QualifierKey> keys) {
        return String.join(", ", keys.stream().map(Vocabulary.QualifierKey::key).toList());
    }
}
