package dev.kg.push;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.util.Map;
import java.util.Optional;

/**
 * How kg push authenticates, read from the environment so that secrets never appear on a command line
 * (where other users could see them in the process list): KG_PUSH_USER and KG_PUSH_PASSWORD for basic
 * auth, or KG_PUSH_TOKEN for a bearer token. A token is sent with every request; a user and password answer
 * the server's challenge (a 401 that names its scheme), in basic or digest auth as it asks — Virtuoso's
 * authenticated endpoints ask for digest, and refuse a request that offers basic auth unasked.
 *
 * @param authorization the Authorization header sent with every request (a token's)
 * @param login the user and password, when the environment gives them
 */
public record PushCredentials(String scheme, Optional<String> authorization, Optional<Login> login) {

    /** A user and password; its string form never shows the password. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return user;
        }
    }

    public static final String USER = "KG_PUSH_USER";
    public static final String PASSWORD = "KG_PUSH_PASSWORD";
    public static final String TOKEN = "KG_PUSH_TOKEN";

    /** The Authorization header the environment asks for, if any. */
    public static Optional<PushCredentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER);
        String password = env.get(PASSWORD);
        String token = env.get(TOKEN);
        if (token != null && (user != null || password != null)) {
            throw new KgException(ErrorCode.USAGE, "both " + TOKEN + " and " + USER + "/" + PASSWORD
                    + " are set — set only one way to authenticate");
        }
        if (token != null) {
            return Optional.of(new PushCredentials("bearer", Optional.of("Bearer " + token), Optional.empty()));
        }
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || password == null) {
            throw new KgException(ErrorCode.USAGE, (user == null ? USER : PASSWORD) + " is not set — a login needs both "
                    + USER + " and " + PASSWORD);
        }
        return Optional.of(new PushCredentials("user", Optional.empty(), Optional.of(new Login(user, password))));
    }

    /**
     * Refuses a URL that carries credentials ({@code http://user:pw@host/}): a URL shows in the process list,
     * shell history and logs. The message never repeats what stands before the {@code @}.
     */
    public static void refuseInUrl(String url) {
        if (USER_INFO.matcher(url).find()) {
            throw new KgException(ErrorCode.CREDENTIALS_IN_URL, "the URL " + withoutUserInfo(url)
                    + " carries credentials before its '@', which other users can read in the process list and"
                    + " shell history — give the URL without them, and set " + USER + " and " + PASSWORD
                    + " (or " + TOKEN + ") in the environment");
        }
    }

    /** The URL with anything between {@code //} and {@code @} replaced by {@code ***}. */
    public static String withoutUserInfo(String url) {
        return USER_INFO.matcher(url).replaceFirst("//***@");
    }

    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("//[^/?#]*@");

    /** Never the secret itself, so that it cannot leak into a log or an error message. */
    @Override
    public String toString() {
        return scheme + " auth";
    }
}
