package dev.kg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.error.KgException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushCredentialsTest {

    @Test
    void basicAuthFromUserAndPassword() {
        PushCredentials c = PushCredentials.fromEnvironment(Map.of("KG_PUSH_USER", "admin", "KG_PUSH_PASSWORD", "pw")).orElseThrow();
        assertEquals("Basic YWRtaW46cHc=", c.authorization());
        assertEquals("basic auth", c.toString());
    }

    @Test
    void bearerFromToken() {
        assertEquals(Optional.of(new PushCredentials("bearer", "Bearer t0k")),
                PushCredentials.fromEnvironment(Map.of("KG_PUSH_TOKEN", "t0k")));
        assertEquals(Optional.empty(), PushCredentials.fromEnvironment(Map.of()));
    }

    @Test
    void halfOrTwoWaysOfAuthAreRefused() {
        assertEquals("KG_PUSH_PASSWORD is not set — basic auth needs both KG_PUSH_USER and KG_PUSH_PASSWORD",
                assertThrows(KgException.class, () -> PushCredentials.fromEnvironment(Map.of("KG_PUSH_USER", "a"))).getMessage());
        assertEquals("both KG_PUSH_TOKEN and KG_PUSH_USER/KG_PUSH_PASSWORD are set — set only one way to authenticate",
                assertThrows(KgException.class, () -> PushCredentials.fromEnvironment(
                        Map.of("KG_PUSH_TOKEN", "t", "KG_PUSH_USER", "a"))).getMessage());
    }
}
