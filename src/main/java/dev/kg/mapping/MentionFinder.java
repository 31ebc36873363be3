package dev.kg.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one sentence, what kg can recognise without guessing: the names of known entities (labels and
 * aliases, in any case, the longest first), capitalised names that open no sentence or clause and are not
 * in {@link #STOP_WORDS}, and figures (amounts with or without a scale word, ranges, percentages, years).
 * Entities are found first; names and figures only in what they leave, so "Llama 3" is one entity, not
 * an entity and a number.
 */
public final class MentionFinder {

    /**
     * Capitalised words that are not names: months and weekdays, the function words an Italian or English
     * clause may start with, and common abbreviations ("AI", "CEO").
     */
    public static final Set<String> STOP_WORDS = Set.of(
            "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
            "domenica", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday",
            "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "e", "o", "ma", "se", "di", "da", "in",
            "con", "su", "per", "tra", "fra", "a", "al", "del", "della", "dei", "degli", "delle", "nel", "nella",
            "questo", "questa", "questi", "queste", "che", "non", "come", "dopo", "mentre", "anche",
            "the", "an", "of", "and", "or", "on", "for", "to", "with",
            "ai", "ia", "ceo", "cto", "cfo", "coo", "ar", "vr", "gpu", "gpus", "rlhf", "ipo", "usd", "eur");

    private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?:\\$\\s?)?"
                    + "(?:tra\\s+(?<from>" + NUMBER + ")\\s+e\\s+(?<to>" + NUMBER + ")"
                    + "|(?<word>un|uno|one)(?=\\s+(?:miliard|milion|billion|million))"
                    + "|(?<low>" + NUMBER + ")(?:\\s*[-–]\\s*(?<high>" + NUMBER + "))?)"
                    + "(?:\\s*(?<percent>%|per cento|percent)|\\s+(?<scale>miliard[oi]|milion[ei]|mila|billions?|millions?"
                    + "|thousand|trillions?))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern GROUP_DIGITS = Pattern.compile("[.,]\\d{3}(?!\\d)");
    private static final String CLAUSE_OPENERS = ":.!?\"“”«»(";
    private static final String DASHES = "-–—•";

    /** Names by their first two characters in lower case, the longest first; each with its entity's id. */
    private final Map<String, List<Name>> names = new HashMap<>();

    private record Name(String text, String entityId) {
    }

    public MentionFinder(List<Entity> entities) {
        Set<String> seen = new HashSet<>();
        for (Entity e : entities) {
            List<String> own = new ArrayList<>(Arrays.asList(e.labelEn(), e.labelIt()));
            own.addAll(e.aliases());
            for (String name : own) {
                if (name != null && name.strip().length() >= 2 && seen.add(key(name.strip()))) {
                    names.computeIfAbsent(key(name.strip().substring(0, 2)), k -> new ArrayList<>()).add(new Name(name.strip(), e.id()));
                }
            }
        }
        names.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()
                .thenComparing(Name::text)));
    }

    /** The mentions in {@code sentence}, in reading order, with offsets in it. */
    public List<Mention> find(String sentence) {
        List<Mention> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(sentence);
        entities(sentence, found);
        for (Mention entity : found) {
            blank(rest, entity.start(), entity.end());
        }
        Matcher f = FIGURE.matcher(rest);
        while (f.find()) {
            found.add(figure(f));
        }
        for (Mention figure : found) {
            if (figure.kind() != Mention.Kind.ENTITY) {
                blank(rest, figure.start(), figure.end());
            }
        }
        names(sentence, rest.toString(), found);
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * Known names, in any case, the longest first. A name starts after no lower-case letter and ends before
     * none, nor before a digit: "OpenAIMeta", as one article prints it, is OpenAI and Meta; "Llama 30" is not
     * "Llama 3". Names are looked up by their first two characters, so the cost does not grow with the
     * number of entities.
     */
    private void entities(String sentence, List<Mention> found) {
        int i = 0;
        while (i < sentence.length() - 1) {
            if (Character.isLetterOrDigit(sentence.charAt(i)) && (i == 0 || !Character.isLowerCase(sentence.charAt(i - 1)))) {
                Name name = nameAt(sentence, i);
                if (name != null) {
                    int end = i + name.text().length();
                    found.add(new Mention(Mention.Kind.ENTITY, sentence.substring(i, end), i, end, name.entityId(), List.of()));
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    private Name nameAt(String sentence, int at) {
        for (Name name : names.getOrDefault(key(sentence.substring(at, at + 2)), List.of())) {
            int end = at + name.text().length();
            if (sentence.regionMatches(true, at, name.text(), 0, name.text().length())
                    && (end == sentence.length() || !(Character.isLowerCase(sentence.charAt(end)) || Character.isDigit(sentence.charAt(end))))) {
                return name;
            }
        }
        return null;
    }

    private static Mention figure(Matcher f) {
        String scale = f.group("scale") == null ? "" : f.group("scale").toLowerCase(Locale.ROOT);
        int power = scale.startsWith("miliard") || scale.startsWith("billion") ? 9
                : scale.startsWith("milion") || scale.startsWith("million") ? 6
                : scale.startsWith("trillion") ? 12 : scale.isEmpty() ? 0 : 3;
        List<BigDecimal> values = new ArrayList<>();
        if (f.group("word") != null) {
            values.add(BigDecimal.ONE.scaleByPowerOfTen(power));
        }
        for (String group : List.of("from", "to", "low", "high")) {
            if (f.group(group) != null) {
                values.add(number(f.group(group)).scaleByPowerOfTen(power).stripTrailingZeros());
            }
        }
        boolean dollar = f.group().startsWith("$");
        Mention.Kind kind = f.group("percent") != null ? Mention.Kind.PERCENTAGE
                : power == 0 && !dollar && f.group("low") != null && f.group("high") == null && YEAR.matcher(f.group("low")).matches()
                ? Mention.Kind.YEAR : Mention.Kind.AMOUNT;
        return new Mention(kind, f.group(), f.start(), f.end(), null, values);
    }

    /** "13,8" and "13.8" are 13.8; "1.000" and "1,000" are a thousand. */
    private static BigDecimal number(String text) {
        if (GROUP_DIGITS.matcher(text).find() && text.length() > 4) {
            return new BigDecimal(text.replace(".", "").replace(",", ""));
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    /** Capitalised words not opening the sentence or a clause, consecutive ones as one name. */
    private static void names(String sentence, String rest, List<Mention> found) {
        Matcher m = CAPITALISED.matcher(rest);
        int groupStart = -1;
        int groupEnd = -1;
        while (m.find()) {
            boolean name = !STOP_WORDS.contains(m.group().toLowerCase(Locale.ROOT)) && !opensClause(sentence, m.start());
            boolean joins = name && groupEnd >= 0 && sentence.substring(groupEnd, m.start()).equals(" ");
            if (!joins && groupEnd >= 0) {
                found.add(new Mention(Mention.Kind.NAME, sentence.substring(groupStart, groupEnd), groupStart, groupEnd, null, List.of()));
                groupEnd = -1;
            }
            if (name) {
                groupStart = joins ? groupStart : m.start();
                groupEnd = m.end();
            }
        }
        if (groupEnd >= 0) {
            found.add(new Mention(Mention.Kind.NAME, sentence.substring(groupStart, groupEnd), groupStart, groupEnd, null, List.of()));
        }
    }

    /** Whether only punctuation stands before this word in its sentence, or a colon, quote, bracket or spaced dash. */
    private static boolean opensClause(String sentence, int at) {
        int i = at - 1;
        boolean spaced = false;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            spaced = true;
            i--;
        }
        if (sentence.substring(0, i + 1).codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        char before = sentence.charAt(i);
        return CLAUSE_OPENERS.indexOf(before) >= 0 || (spaced && DASHES.indexOf(before) >= 0);
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
