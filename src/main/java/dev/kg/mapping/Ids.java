package dev.kg.mapping;

import java.util.regex.Pattern;

/** The form of the ids curators choose; it keeps every minted IRI valid and readable. */
public final class Ids {
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    public static final int MAX_LENGTH = 100;
    public static final String ID_RULE = "use lower-case letters, digits and single hyphens, at most " + MAX_LENGTH
            + " characters, e.g. 'scale-ai'";

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }
}
