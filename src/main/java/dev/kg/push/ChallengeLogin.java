package dev.kg.push;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.http.auth.AuthEnv;

/**
 * A user and password registered with Jena's HTTP client for the push's endpoints while the push runs, so
 * that a server answering 401 with a digest (or basic) challenge gets them back in its own scheme; the JDK's
 * client does basic auth only. Removed again when closed, so no later request in the process carries them.
 */
final class ChallengeLogin implements AutoCloseable {
    private final Set<URI> endpoints;

    private ChallengeLogin(Set<URI> endpoints) {
        this.endpoints = endpoints;
    }

    static ChallengeLogin register(PushOperation.Target target) {
        Set<URI> endpoints = new LinkedHashSet<>();
        target.credentials().flatMap(PushCredentials::login).ifPresent(login -> {
            for (String url : new String[] {target.endpoint(), target.sparql()}) {
                URI uri = URI.create(url);
                AuthEnv.get().registerUsernamePassword(uri, login.user(), login.password());
                endpoints.add(uri);
            }
        });
        return new ChallengeLogin(endpoints);
    }

    @Override
    public void close() {
        for (URI uri : endpoints) {
            AuthEnv.get().unregisterUsernamePassword(uri);
            // The answer to the last challenge, kept by Jena per endpoint.
            AuthEnv.get().unregisterAuthModifier(uri.toString());
        }
    }
}
