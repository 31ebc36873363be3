package dev.kg.push;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * How kg push authenticates, read from the environment so that secrets never appear on a command line
 * (where other users could see them in the process list): KG_PUSH_USER and KG_PUSH_PASSWORD for basic
 * auth, or KG_PUSH_TOKEN for a bearer token.
 */
public record PushCredentials(String scheme, String authorization) {
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
            return Optional.of(new PushCredentials("bearer", "Bearer " + token));
        }
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || password == null) {
            throw new KgException(ErrorCode.USAGE, (user == null ? USER : PASSWORD) + " is not set — basic auth needs both "
                    + USER + " and " + PASSWORD);
        }
        String pair = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new PushCredentials("basic", "Basic " + pair));
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
