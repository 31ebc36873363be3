package dev.kg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.error.KgException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushCredentialsTest {

    @Test
    void aUserAndPasswordAnswerChallengesOnly() {
        PushCredentials c = PushCredentials.fromEnvironment(Map.of("KG_PUSH_USER", "admin", "KG_PUSH_PASSWORD", "pw")).orElseThrow();
        assertEquals(Optional.empty(), c.authorization());
        assertEquals("user auth", c.toString());
        assertEquals(Optional.of(new PushCredentials.Login("admin", "pw")), c.login());
        assertEquals("admin", c.login().orElseThrow().toString());
    }

    @Test
    void bearerFromToken() {
        assertEquals(Optional.of(new PushCredentials("bearer", Optional.of("Bearer t0k"), Optional.empty())),
                PushCredentials.fromEnvironment(Map.of("KG_PUSH_TOKEN", "t0k")));
        assertEquals(Optional.empty(), PushCredentials.fromEnvironment(Map.of()));
    }

    @Test
    void halfOrTwoWaysOfAuthAreRefused() {
        assertEquals("KG_PUSH_PASSWORD is not set — a login needs both KG_PUSH_USER and KG_PUSH_PASSWORD",
                assertThrows(KgException.class, () -> PushCredentials.fromEnvironment(Map.of("KG_PUSH_USER", "a"))).getMessage());
        assertEquals("both KG_PUSH_TOKEN and KG_PUSH_USER/KG_PUSH_PASSWORD are set — set only one way to authenticate",
                assertThrows(KgException.class, () -> PushCredentials.fromEnvironment(
                        Map.of("KG_PUSH_TOKEN", "t", "KG_PUSH_USER", "a"))).getMessage());
    }
}
