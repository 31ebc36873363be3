package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.NearMiss;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one article's mapping file: the article it describes and its facts, each field with its location. */
final class ArticleReader {
    static final List<String> FACT_KEYS = List.of("id", "subject", "relation", "object", "amount", "count", "duration", "stake",
            "valuation", "date", "status", "role", "interim", "purpose", "kinship", "platform", "includes",
            "attributedTo", "evidence");
    private static final int MIN_QUOTE_WORDS = 3;
    private static final int MAX_TEXT = 1000;
    private static final Set<String> ARTICLE_KEYS = Set.of("file", "title", "language", "url", "publisher", "published",
            "author", "retrieved");
    private static final Pattern INFERRED = Pattern.compile("(.*?)\\s+\\(?(inferred|stated)\\)?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");
    private static final List<String> UNMAPPED_KEYS = List.of("passage", "reason", "note");
    // Compiled once, not per fact as String.matches and String.split would.
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}(?:\\.\\d+)?");

    private final Path file;
    private final List<Problem> problems;
    private final List<String> factKeys;
    private final Set<String> conceptKeys;

    private ArticleReader(Path file, Set<String> conceptKeys, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
        this.conceptKeys = conceptKeys;
        List<String> keys = new ArrayList<>(FACT_KEYS);
        conceptKeys.stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        this.factKeys = List.copyOf(keys);
    }

    /** Reads a mapping file; {@code conceptKeys} are the keys of the ontology's concept qualifiers. */
    static Optional<Article> read(Path mappingFile, Path projectRoot, Set<String> conceptKeys, List<Problem> problems) {
        return new ArticleReader(mappingFile, conceptKeys, problems).article(projectRoot);
    }

    private Optional<Article> article(Path projectRoot) {
        Optional<YamlMap> top = YamlFile.parse(file, problems).flatMap(n -> YamlMap.of(file, n, "a mapping file", problems));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        top.get().rejectUnknownKeys(Set.of("article", "facts", "unmapped", "draft"), "a mapping file");
        // A draft is a file kg curate kept with problems: refused until they are fixed and the marker removed.
        top.get().scalar("draft").filter(d -> !d.value().equals("false")).ifPresent(d -> problems.add(new Problem(
                ErrorCode.DRAFT_FILE, d.at(), "the mapping file is a draft kept with problems",
                "fix the problems listed with it (kg validate), then remove the line 'draft: true'")));
        Optional<YamlMap> meta = top.get().node("article").flatMap(n -> YamlMap.of(file, n, "'article'", problems));
        if (meta.isEmpty()) {
            if (top.get().node("article").isEmpty()) {
                problems.add(new Problem(ErrorCode.MISSING_KEY,
                        top.get().at(), "the mapping file has no 'article' block",
                        "add 'article:' with 'file', 'title' and 'language'"));
            }
            return Optional.empty();
        }
        meta.get().rejectUnknownKeys(ARTICLE_KEYS, "'article'");
        Optional<Scalar> source = meta.get().required("file", "'article'", "the article's file name, beside this file");
        Optional<Scalar> title = meta.get().required("title", "'article'", "the article's headline")
                .filter(t -> withinLength(t, "title"));
        Optional<Scalar> language = meta.get().required("language", "'article'", "it");
        language.filter(l -> !LANGUAGE.matcher(l.value()).matches()).ifPresent(l -> problems.add(new Problem(ErrorCode.INVALID_LANGUAGE,
                l.at(),
                "invalid language '" + l.value() + "'", "use a two-letter ISO 639-1 code such as 'it' or 'en'")));
        ArticleSource articleSource = source(meta.get());
        List<Fact> facts = facts(top.get(), articleSource.published());
        List<UnmappedPassage> unmapped = unmapped(top.get());
        if (source.isEmpty() || title.isEmpty() || language.isEmpty()) {
            return Optional.empty();
        }
        String name = source.get().value();
        if (name.contains("/") || name.contains("\\") || !Ids.ARTICLE_ID.matcher(name).matches()) {
            problems.add(new Problem(ErrorCode.INVALID_ARTICLE_FILE,
                    source.get().at(), "invalid article file '" + name + "'",
                    "give the bare name of a file in the same folder as this mapping file, e.g. '000_article.txt'"));
            return Optional.empty();
        }
        Path articlePath = file.resolveSibling(name);
        Optional<byte[]> bytes = YamlFile.readBytes(articlePath, source.get().at(), problems);
        Optional<String> text = bytes.flatMap(b -> YamlFile.decode(articlePath, b, problems));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String relative = projectRoot.toAbsolutePath().normalize()
                .relativize(articlePath.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return Optional.of(new Article(id, file, relative, title.get().value(), language.get().value(),
                articleSource, text.get(), sha256(bytes.get()), facts, unmapped));
    }

    /** The article's origin: url, publisher, published (stated or inferred), author(s), retrieved. */
    private ArticleSource source(YamlMap meta) {
        String url = meta.scalar("url").filter(u -> withinLength(u, "url")).filter(this::isWebAddress).map(Scalar::value).orElse(null);
        Scalar publisher = meta.scalar("publisher").orElse(null);
        FactDate published = null;
        boolean inferred = false;
        Optional<Scalar> p = meta.scalar("published");
        if (p.isPresent()) {
            Matcher m = INFERRED.matcher(p.get().value().strip());
            String date = m.matches() ? m.group(1) : p.get().value();
            inferred = m.matches() && m.group(2).equals("inferred");
            published = FactDate.parse(date).filter(d -> d.hedge() == null).orElse(null);
            if (published == null) {
                problems.add(new Problem(ErrorCode.MALFORMED_VALUE, p.get().at(), "malformed publication date '" + p.get().value() + "'",
                        "write the date as precisely as the article gives it: 2025, 2025-06 or 2025-06-12, followed by"
                        + " 'inferred' when you worked it out from the text rather than read it"));
            }
        }
        FactDate retrieved = parsed(meta, "retrieved", t -> FactDate.parse(t).filter(d -> d.hedge() == null),
                "malformed retrieval date", "write the day the text was retrieved, e.g. 2025-06-14");
        List<String> authors = meta.scalars("author").stream().filter(a -> withinLength(a, "author")).map(Scalar::value).toList();
        return new ArticleSource(url, publisher, published, inferred, authors, retrieved);
    }

    private boolean isWebAddress(Scalar url) {
        try {
            URI uri = new URI(url.value());
            if (uri.isAbsolute() && (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new Problem(ErrorCode.MALFORMED_VALUE, url.at(), "malformed url '" + url.value() + "'",
                "give the article's web address as published, starting with https:// (leave 'url' out when you do not know it)"));
        return false;
    }

    private List<Fact> facts(YamlMap top, FactDate published) {
        List<Fact> facts = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : top.list("facts", "one '- id: ...' block per fact")) {
            Optional<Fact> fact = YamlMap.of(file, item, "a fact", problems).flatMap(map -> fact(map, published));
            if (fact.isEmpty()) {
                continue;
            }
            SourceLocation first = seen.putIfAbsent(fact.get().id(), fact.get().at("id"));
            if (first != null) {
                problems.add(new Problem(ErrorCode.DUPLICATE_ID,
                        fact.get().at("id"), "duplicate fact id '" + fact.get().id() + "'",
                        "fact ids must be unique in their file; the first is at line " + first.line()));
            }
            facts.add(fact.get());
        }
        return facts;
    }

    private List<UnmappedPassage> unmapped(YamlMap top) {
        List<UnmappedPassage> passages = new ArrayList<>();
        if (top.node("unmapped").isEmpty()) {
            return passages;
        }
        for (Node item : top.list("unmapped", "'- passage: \"...\"' with 'reason: opinion'")) {
            YamlMap.of(file, item, "an unmapped passage", problems).ifPresent(map -> {
                map.rejectUnknownKeys(UNMAPPED_KEYS, "an unmapped passage");
                Optional<Scalar> passage = map.required("passage", "an unmapped passage", "the sentence, copied verbatim");
                passage.filter(p -> p.value().isBlank()).ifPresent(p -> problems.add(new Problem(ErrorCode.EMPTY_VALUE,
                        p.at(), "an unmapped passage is empty", "copy the sentence from the article verbatim")));
                Optional<Scalar> reason = map.required("reason", "an unmapped passage", String.join(", ", UnmappedPassage.Reason.keys()));
                Optional<UnmappedPassage.Reason> known = reason.flatMap(r -> {
                    Optional<UnmappedPassage.Reason> found = UnmappedPassage.Reason.fromKey(r.value());
                    if (found.isEmpty()) {
                        problems.add(new Problem(ErrorCode.UNKNOWN_REASON, r.at(), "unknown reason '" + r.value() + "'",
                                NearMiss.hint(r.value(), UnmappedPassage.Reason.keys(), "reasons")));
                    }
                    return found;
                });
                String note = text(map, "note");
                if (passage.isPresent() && !passage.get().value().isBlank() && known.isPresent()) {
                    passages.add(new UnmappedPassage(passage.get(), known.get(), note));
                }
            });
        }
        return passages;
    }

    private Optional<Fact> fact(YamlMap map, FactDate published) {
        map.rejectUnknownKeys(factKeys, "a fact");
        Map<String, SourceLocation> where = new HashMap<>();
        for (String key : factKeys) {
            map.node(key).ifPresent(n -> where.put(key, map.at(n)));
        }
        Optional<Scalar> id = map.required("id", "a fact", "meta-invests-in-scale-ai");
        id.filter(s -> !Ids.isValid(s.value())).ifPresent(s -> problems.add(
                new Problem(ErrorCode.INVALID_ID, s.at(), "invalid fact id '" + s.value() + "'", Ids.ID_RULE)));
        Optional<Scalar> subject = map.required("subject", "a fact", "an entity id from entities.yaml");
        Optional<Scalar> relation = map.required("relation", "a fact", "investsIn");
        Optional<String> object = map.scalar("object").map(Scalar::value);
        Amount amount = parsed(map, "amount", Amount::parse, "malformed amount", "write it as " + Amount.EXAMPLES);
        Amount valuation = parsed(map, "valuation", Amount::parse, "malformed valuation", "write it as " + Amount.EXAMPLES);
        Amount count = parsed(map, "count", Amount::parseCount, "malformed count", "write it as " + Amount.COUNT_EXAMPLES);
        Amount duration = parsed(map, "duration", Amount::parseCount, "malformed duration", "write it as '20 years' or 'about 6 months'");
        Map<String, List<Scalar>> concepts = new HashMap<>();
        BigDecimal stake = stake(map, concepts);
        FactDate date = date(map, published);
        Status status = map.scalar("status").map(s -> Status.fromKey(s.value()).orElseGet(() -> {
            problems.add(new Problem(ErrorCode.UNKNOWN_STATUS,
                    s.at(), "unknown status '" + s.value() + "'", NearMiss.hint(s.value(), Status.keys(), "statuses")));
            return null;
        })).orElse(Status.REPORTED);
        Boolean interim = parsed(map, "interim", ArticleReader::bool, "malformed interim", "write 'interim: true' or 'interim: false'");
        String role = text(map, "role");
        String purpose = text(map, "purpose");
        for (String key : conceptKeys) {
            if (!key.equals("stake")) {
                List<Scalar> labels = map.scalars(key).stream().filter(s -> withinLength(s, key)).toList();
                if (!labels.isEmpty()) {
                    concepts.put(key, labels);
                }
            }
        }
        List<String> attributedTo = map.scalars("attributedTo").stream().map(Scalar::value).toList();
        List<Scalar> evidence = map.scalars("evidence");
        if (map.node("evidence").isEmpty()) {
            problems.add(new Problem(ErrorCode.MISSING_KEY, map.at(), "a fact has no 'evidence'",
                    "add 'evidence: \"the passage of the article that states it, copied verbatim\"' (no fact without grounding)"));
        }
        evidence.stream().filter(q -> q.value().isBlank()).forEach(q -> problems.add(
                new Problem(ErrorCode.EMPTY_VALUE,
                        q.at(), "an evidence quote is empty", "copy a passage of the article verbatim")));
        evidence.stream().filter(q -> !q.value().isBlank() && SPACES.split(q.value()).length < MIN_QUOTE_WORDS)
                .forEach(q -> problems.add(new Problem(ErrorCode.QUOTE_TOO_SHORT,
                        q.at(), "the evidence quote '" + q.value() + "' is shorter than "
                        + MIN_QUOTE_WORDS + " words, too short to ground a fact", "quote the passage that states the fact")));
        // A fact with a bad qualifier is still checked further, so that one run reports every problem.
        if (id.isEmpty() || subject.isEmpty() || relation.isEmpty()) {
            return Optional.empty();
        }
        Qualifiers qualifiers = new Qualifiers(amount, stake, valuation, date, status, role, interim, purpose, attributedTo,
                count, duration, map.scalars("platform"), map.scalars("includes"), concepts);
        return Optional.of(new Fact(id.get().value(), subject.get().value(), relation.get().value(), object.orElse(null),
                qualifiers, evidence, map.at(), where));
    }

    /**
     * A stake: a percentage, the names of kinds of stake ("minority", "senza un posto nel consiglio"), or both,
     * separated by commas. The kinds go to {@code concepts} under "stake".
     */
    private BigDecimal stake(YamlMap map, Map<String, List<Scalar>> concepts) {
        Optional<Scalar> raw = map.scalar("stake").filter(s -> withinLength(s, "stake"));
        if (raw.isEmpty()) {
            return null;
        }
        BigDecimal percent = null;
        List<Scalar> kinds = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(raw.get().value().strip())) {
            Optional<BigDecimal> p = percentage(part);
            if (p.isPresent() && percent == null) {
                percent = p.get();
            } else if (!part.isEmpty() && !Character.isDigit(part.charAt(0))) {
                kinds.add(new Scalar(part, raw.get().at()));
            } else {
                problems.add(new Problem(ErrorCode.MALFORMED_VALUE, raw.get().at(), "malformed stake '" + raw.get().value() + "'",
                        "write one percentage above 0 and at most 100, e.g. '49%', and/or kinds of stake such as"
                        + " 'minority, no board seat', separated by commas"));
                return null;
            }
        }
        if (!kinds.isEmpty()) {
            concepts.put("stake", kinds);
        }
        return percent;
    }

    /** An absolute date, or one relative to the article's publication date. */
    private FactDate date(YamlMap map, FactDate published) {
        Optional<Scalar> raw = map.scalar("date");
        if (raw.isEmpty()) {
            return null;
        }
        if (FactDate.isRelative(raw.get().value()) && published == null) {
            problems.add(new Problem(ErrorCode.NEEDS_PUBLISHED, raw.get().at(),
                    "the date '" + raw.get().value() + "' is relative to the article's publication, which the mapping file does not give",
                    "add 'published:' to the 'article:' block (e.g. 'published: 2025-06-12', or '2025 inferred' when the text only implies it),"
                    + " or write the date itself"));
            return null;
        }
        Optional<FactDate> date = FactDate.parse(raw.get().value(), published);
        if (date.isEmpty()) {
            problems.add(new Problem(ErrorCode.MALFORMED_VALUE, raw.get().at(), "malformed date '" + raw.get().value() + "'",
                    "write " + FactDate.FORMS));
        }
        return date.orElse(null);
    }

    /** A free-text qualifier in the article's words: a phrase, not a document. */
    private String text(YamlMap map, String key) {
        return map.scalar(key).filter(s -> withinLength(s, key)).map(Scalar::value).orElse(null);
    }

    private boolean withinLength(Scalar s, String key) {
        if (s.value().length() <= MAX_TEXT) {
            return true;
        }
        problems.add(new Problem(ErrorCode.TEXT_TOO_LONG,
                s.at(), "'" + key + "' is " + s.value().length() + " characters long",
                "keep it to the article's own short phrase, at most " + MAX_TEXT + " characters"));
        return false;
    }

    private <T> T parsed(YamlMap map, String key, Function<String, Optional<T>> parser, String what, String fix) {
        Optional<Scalar> raw = map.scalar(key);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<T> value = parser.apply(raw.get().value());
        if (value.isEmpty()) {
            problems.add(new Problem(ErrorCode.MALFORMED_VALUE,
                    raw.get().at(), what + " '" + raw.get().value() + "'", fix));
        }
        return value.orElse(null);
    }

    private static Optional<BigDecimal> percentage(String text) {
        String t = text.strip();
        t = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        if (!PERCENTAGE.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal p = new BigDecimal(t).stripTrailingZeros();
        return p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0 ? Optional.of(p) : Optional.empty();
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
