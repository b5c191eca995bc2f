package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, 11: a stored secret sent in another property came back in the 400 message with 59 of its 64
 * characters, since the message shortened the value before the redaction looked for the whole secret. No part of
 * 16 characters or more of any request string is repeated, and the answer to the stored secret is the answer to
 * any other string of its length, so it cannot confirm a guess.
 */
class SecretEchoTest {
    static final String SECRET = "s3cr3t-that-must-never-come-back-0123456789abcdefghijklmnopqrstu";
    static final String COLLECTION = "v1.0/teamwork/workforceIntegrations";
    static final Pattern VOLATILE = Pattern.compile("\"(request-id|date)\":\"[^\"]*\"");

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;
    static String id;
    static String guess;

    @BeforeAll
    static void start() throws Exception {
        assertEquals(64, SECRET.length());
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, Http.READ_WRITE);
        id = graph.create(Http.integration("Holder", false, "https://wfm.example.com/x").replace(Http.SECRET, SECRET));
        StringBuilder other = new StringBuilder();
        Random random = new Random(14);
        for (int i = 0; i < SECRET.length(); i++) {
            other.append((char) ('a' + random.nextInt(26)));
        }
        guess = other.toString();
    }


    @ParameterizedTest
    @ValueSource(strings = {
        "{\"url\":\"VALUE\"}",
        "{\"url\":\"https://VALUE/a b\"}",
        "{\"apiVersion\":\"VALUE\"}",
        "{\"displayName\":5,\"url\":\"xVALUE\"}",
        "{\"supportedEntities\":\"shift,VALUE\"}",
        "{\"VALUE\":1}",
        "{\"encryption\":{\"protocol\":\"VALUE\"}}",
        "{\"url\":\"PREFIX\"}",
    })
    void noPartOfAStoredSecretComesBackAndTheAnswerCannotConfirmAGuess(String template) {
        Http.Answer withSecret = graph.patch(COLLECTION + "/" + id, body(template, SECRET));
        Http.Answer withGuess = graph.patch(COLLECTION + "/" + id, body(template, guess));

        assertEquals(400, withSecret.status(), withSecret.body());
        for (int i = 0; i + 16 <= SECRET.length(); i++) {
            assertFalse(withSecret.body().contains(SECRET.substring(i, i + 16)), withSecret.body());
        }
        assertEquals(VOLATILE.matcher(withGuess.body()).replaceAll("").replace(guess.substring(0, 8), "GUESS"),
                VOLATILE.matcher(withSecret.body()).replaceAll("").replace(SECRET.substring(0, 8), "GUESS"));
    }

    private static String body(String template, String value) {
        return template.replace("PREFIX", value.substring(0, 40)).replace("VALUE", value);
    }
}
