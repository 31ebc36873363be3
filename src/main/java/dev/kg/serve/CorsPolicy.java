package dev.kg.serve;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Which web pages from other origins may read the endpoint's answers in a browser (CORS): any origin
 * (the default for a read-only endpoint), a list of origins, or none. Preflight requests (OPTIONS) are
 * answered here and go no further.
 *
 * @param origins the allowed origins, {@code *} for any; empty for none
 */
public record CorsPolicy(List<String> origins) {
    public static final CorsPolicy ANY = new CorsPolicy(List.of("*"));
    public static final CorsPolicy NONE = new CorsPolicy(List.of());

    /** How long a browser may reuse a preflight answer. */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 3600;

    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#,*]+");

    public CorsPolicy {
        origins = List.copyOf(origins);
    }

    /** The policy the values of {@code --cors-origin} give: {@code *}, {@code none}, or origins such as {@code https://yasgui.org}. */
    public static CorsPolicy of(List<String> values) {
        if (values.isEmpty() || values.equals(List.of("*"))) {
            return ANY;
        }
        if (values.equals(List.of("none"))) {
            return NONE;
        }
        for (String value : values) {
            if (!ORIGIN.matcher(value).matches()) {
                throw new KgException(ErrorCode.USAGE, "--cors-origin '" + value + "' is not an origin — give"
                        + " scheme, host and port only, e.g. --cors-origin http://localhost:8080; '*' for any, 'none' for no other origin");
            }
        }
        return new CorsPolicy(values);
    }

    public boolean allowsAny() {
        return origins.equals(List.of("*"));
    }

    /** The filter that answers preflights and adds the CORS headers; null when no other origin is allowed. */
    Filter filter() {
        if (origins.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Accept,Content-Type,Origin,X-Requested-With",
                CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, Integer.toString(PREFLIGHT_MAX_AGE_SECONDS),
                // Nothing here depends on cookies or credentials: a page never needs to send them.
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        return new CrossOriginFilter() {
            @Override
            public void init(FilterConfig config) throws ServletException {
                super.init(new FilterConfig() {
                    @Override
                    public String getFilterName() {
                        return "kg-cors";
                    }

                    @Override
                    public ServletContext getServletContext() {
                        return config == null ? null : config.getServletContext();
                    }

                    @Override
                    public String getInitParameter(String name) {
                        return parameters.get(name);
                    }

                    @Override
                    public Enumeration<String> getInitParameterNames() {
                        return Collections.enumeration(parameters.keySet());
                    }
                });
            }
        };
    }
}
