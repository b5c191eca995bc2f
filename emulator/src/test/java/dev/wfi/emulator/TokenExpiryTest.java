package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, 12: expired tokens were accepted for 60 s (nimbus' default clock skew). The emulator checks the tokens
 * its own clock issued, so none is accepted after it expired, unless a clock skew is given ({@code --clock-skew}).
 */
class TokenExpiryTest {
    static final String COLLECTION = "v1.0/teamwork/workforceIntegrations";

    @TempDir
    Path dir;

    @Test
    void aTokenIsRefusedFromTheSecondItExpires() throws Exception {
        try (Emulator emulator = Emulator.start(options())) {
            String expired = emulator.tokens().issue(Set.of(Http.READ), false, Duration.ofSeconds(-2));

            Http.Answer answer = Http.to(emulator, Http.READ).as(expired).get(COLLECTION);

            assertEquals(401, answer.status(), answer.body());
            assertEquals("Access token validation failure: Expired JWT", answer.message());
        }
    }

    @Test
    void aGivenClockSkewAcceptsATokenThatLongAfterItsExpiry() throws Exception {
        try (Emulator emulator = Emulator.start(options().clockSkew(Duration.ofSeconds(30)))) {
            Http graph = Http.to(emulator, Http.READ);

            assertEquals(200, graph.as(emulator.tokens().issue(Set.of(Http.READ), false, Duration.ofSeconds(-2))).get(COLLECTION).status());
            assertEquals(401, graph.as(emulator.tokens().issue(Set.of(Http.READ), false, Duration.ofSeconds(-40))).get(COLLECTION).status());
        }
    }

    @Test
    void aTokenVerifiedBeforeItExpiredIsRefusedAfter() throws Exception {
        try (Emulator emulator = Emulator.start(options())) {
            String token = emulator.tokens().issue(Set.of(Http.READ), false, Duration.ofSeconds(2));
            Http graph = Http.to(emulator, Http.READ).as(token);
            assertEquals(200, graph.get(COLLECTION).status());

            Thread.sleep(3000);

            assertEquals(401, graph.get(COLLECTION).status());
        }
    }

    private EmulatorOptions options() {
        return EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key")).log(line -> { });
    }
}
