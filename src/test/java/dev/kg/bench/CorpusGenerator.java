package dev.kg.bench;

import dev.kg.cli.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a kg project of N generated Italian articles with their mapping files, for benchmarks: entities
 * reused with a Zipf-like skew, several facts per article with qualifiers, conflicting figures across
 * articles, and every evidence quote a sentence of its article, so the build does the real grounding work.
 * The same seed gives the same files. Usage: CorpusGenerator OUT_DIR ARTICLES [SEED]
 */
public final class CorpusGenerator {
    private final Random random;
    private final Pool companies;
    private final Pool people;
    private final Pool agencies;
    private final Pool outlets;
    private final Pool models;

    /** Entities of one type, drawn with probability falling as 1/rank^1.1. */
    private static final class Pool {
        final String type;
        final List<String[]> entities = new ArrayList<>();
        final double[] cumulative;

        Pool(String type, String idPrefix, String[] names, int size) {
            this.type = type;
            cumulative = new double[size];
            double total = 0;
            for (int i = 0; i < size; i++) {
                String name = names[i % names.length] + (i < names.length ? "" : " " + (i / names.length + 1));
                entities.add(new String[] {idPrefix + "-" + (i + 1), name});
                total += 1 / Math.pow(i + 1, 1.1);
                cumulative[i] = total;
            }
            for (int i = 0; i < size; i++) {
                cumulative[i] /= total;
            }
        }

        String[] draw(Random random) {
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return entities.get(i < 0 ? Math.min(-i - 1, entities.size() - 1) : i);
        }
    }

    private CorpusGenerator(int articles, long seed) {
        random = new Random(seed);
        companies = new Pool("Company", "company", new String[] {"Alfa Systems", "Borealis Data", "Cirrus Labs",
            "Delta Robotics", "Eridano Cloud", "Fenice AI", "Gamma Chips", "Helios Energy", "Iride Software",
            "Kappa Networks", "Lumen Analytics", "Orione Dynamics"}, Math.max(24, articles / 10));
        people = new Pool("Person", "person", new String[] {"Anna Rossi", "Marco Bianchi", "Giulia Conti", "Luca Ferri",
            "Sara Greco", "Paolo Romano", "Elena Costa", "Davide Galli", "Chiara Marini", "Andrea Villa"},
            Math.max(20, articles / 10));
        agencies = new Pool("GovernmentAgency", "agency", new String[] {"Ministero della Difesa", "Agenzia delle Entrate",
            "Autorità Antitrust", "Dipartimento del Lavoro", "Agenzia Spaziale"}, 10 + articles / 200);
        outlets = new Pool("NewsOutlet", "outlet", new String[] {"Il Corriere Tecnologico", "La Gazzetta dei Dati",
            "Agenzia Notizie Digitali"}, 3 + articles / 500);
        models = new Pool("AIModel", "model", new String[] {"Aquila", "Falco", "Condor", "Airone", "Gabbiano", "Nibbio"},
            Math.max(12, articles / 20));
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new CorpusGenerator(articles, seed).write(out, articles);
    }

    private void write(Path out, int articles) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        TestProjects.copyTree(repo.resolve("ontology"), out.resolve("ontology"));
        TestProjects.copyTree(repo.resolve("queries"), out.resolve("queries"));
        Path seeds = Files.createDirectories(out.resolve("seeds"));
        StringBuilder entities = new StringBuilder("entities:\n");
        for (Pool pool : List.of(companies, people, agencies, outlets, models)) {
            for (String[] e : pool.entities) {
                entities.append("  - id: ").append(e[0]).append("\n    type: ").append(pool.type)
                        .append("\n    label: {en: \"").append(e[1]).append("\", it: \"").append(e[1]).append("\"}\n");
            }
        }
        Files.writeString(seeds.resolve("entities.yaml"), entities, StandardCharsets.UTF_8);
        for (int a = 1; a <= articles; a++) {
            article(seeds, String.format("%06d", a));
        }
    }

    private void article(Path seeds, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder facts = new StringBuilder();
        int count = 6 + random.nextInt(7);
        for (int f = 1; f <= count; f++) {
            String[] fact = fact();
            String sentence = fact[0];
            text.append(sentence).append(f % 4 == 0 ? "\n\n" : " ");
            facts.append("  - id: fact-").append(f).append('\n').append(fact[1])
                    .append("    evidence: \"").append(sentence, 0, sentence.length() - 1).append("\"\n");
        }
        String title = "Notizie dal settore tecnologico, articolo " + name;
        Files.writeString(seeds.resolve(name + ".txt"), title + "\n\n" + text.toString().strip() + "\n", StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve(name + ".yaml"), "article:\n  file: " + name + ".txt\n  title: \"" + title
                + "\"\n  language: it\nfacts:\n" + facts, StandardCharsets.UTF_8);
    }

    /** One sentence and the mapping lines (without id and evidence) of the fact it states. */
    private String[] fact() {
        String[] o = companies.draw(random);
        String[] other = companies.draw(random);
        while (other[0].equals(o[0])) {
            other = companies.draw(random);
        }
        int billions = 1 + random.nextInt(90);
        int year = 2015 + random.nextInt(11);
        String[] attributed = random.nextInt(5) == 0 ? outlets.draw(random) : null;
        String according = attributed == null ? "" : "Secondo " + attributed[1] + ", ";
        String attribution = attributed == null ? "" : "    attributedTo: " + attributed[0] + "\n";
        return switch (random.nextInt(12)) {
            case 0 -> {
                int stake = 1 + random.nextInt(99);
                String[][] statuses = {{"ha investito", "completed"}, {"è in trattative per investire", "in-talks"},
                    {"investirà", "rumoured"}, {"investe", "reported"}};
                String[] st = statuses[random.nextInt(statuses.length)];
                boolean over = random.nextBoolean();
                yield new String[] {according + o[1] + " " + st[0] + (over ? " oltre " : " ") + billions
                        + " miliardi di dollari in " + other[1] + " per una quota del " + stake + "%.",
                    link(o, "investsIn", other) + "    amount: " + (over ? "over " : "") + billions + " billion USD\n"
                            + "    stake: " + stake + "%\n    status: " + st[1] + "\n" + attribution};
            }
            case 1 -> {
                String[] p = people.draw(random);
                yield new String[] {according + p[1] + " entra in " + o[1] + " con il ruolo di direttore tecnico.",
                    link(p, "joins", o) + "    role: direttore tecnico\n    status: completed\n" + attribution};
            }
            case 2 -> {
                String[] p = people.draw(random);
                boolean interim = random.nextBoolean();
                yield new String[] {p[1] + " guida " + (interim ? "ad interim " : "") + o[1] + ".",
                    link(p, "leads", o) + "    role: amministratore delegato\n    interim: " + interim + "\n"};
            }
            case 3 -> {
                String[] p = people.draw(random);
                yield new String[] {o[1] + " è stata fondata da " + p[1] + " nel " + year + ".",
                    link(o, "foundedBy", p) + "    date: " + year + "\n"};
            }
            case 4 -> {
                String[] m = models.draw(random);
                yield new String[] {o[1] + " collabora al progetto " + m[1] + ".", link(o, "partnersOn", m)};
            }
            case 5 -> {
                String[] g = agencies.draw(random);
                yield new String[] {o[1] + " ha firmato un contratto con " + g[1] + " per servizi di analisi dei dati.",
                    link(o, "contractWith", g) + "    purpose: infrastrutture AI\n    status: completed\n"};
            }
            case 6 -> {
                String[] m = models.draw(random);
                String[] base = models.draw(random);
                while (base[0].equals(m[0])) {
                    base = models.draw(random);
                }
                yield new String[] {"Il modello " + m[1] + " si basa su " + base[1] + ".", link(m, "basedOn", base)};
            }
            case 7 -> new String[] {according + o[1] + " è cliente di " + other[1] + ".",
                link(o, "customerOf", other) + attribution};
            case 8 -> new String[] {o[1] + " è in concorrenza con " + other[1] + ".", link(o, "rivalOf", other)};
            case 9 -> {
                String[] g = agencies.draw(random);
                boolean open = random.nextBoolean();
                yield new String[] {g[1] + (open ? " ha aperto un'indagine su " : " ha chiuso l'indagine su ") + o[1] + ".",
                    link(o, "investigatedBy", g) + "    status: " + (open ? "open" : "closed") + "\n"};
            }
            case 10 -> {
                boolean projected = random.nextBoolean();
                int millions = 10 + random.nextInt(990);
                yield new String[] {o[1] + (projected ? " prevede ricavi per " : " ha registrato ricavi per ") + millions
                        + " milioni di dollari nel " + year + ".",
                    figure(o, "revenue") + "    amount: " + millions + " million USD\n    date: " + year
                            + "\n    status: " + (projected ? "projected" : "actual") + "\n"};
            }
            default -> new String[] {according + o[1] + " è valutata circa " + billions + " miliardi di dollari.",
                figure(o, "valuedAt") + "    amount: about " + billions + " billion USD\n" + attribution};
        };
    }

    private static String link(String[] subject, String relation, String[] object) {
        return "    subject: " + subject[0] + "\n    relation: " + relation + "\n    object: " + object[0] + "\n";
    }

    private static String figure(String[] subject, String relation) {
        return "    subject: " + subject[0] + "\n    relation: " + relation + "\n";
    }
}
