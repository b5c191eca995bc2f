package dev.wfi.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.callback.crypto.CallbackCipher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleWfmServiceTest {

    static final String SECRET = "Sh1fts-WFM-sample-secret-0123456789-abcdefghijklmnopqrstuvwxyz!?";
    static final String MARKER = "PLAINTEXT-MARKER-7f3a";
    static final int LIMIT = 64 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    static SampleWfmService service;
    static CallbackCipher cipher;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> LOGGED = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final ByteArrayOutputStream STDERR = new ByteArrayOutputStream();
    static Handler capture;
    static PrintStream originalErr;

    @BeforeAll
    static void start() throws Exception {
        assertEquals(64, SECRET.getBytes(StandardCharsets.UTF_8).length);
        capture = new Handler() {
            final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public synchronized void publish(LogRecord record) {
                LOGGED.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        Logger.getLogger("").setLevel(Level.ALL);
        originalErr = System.err;
        System.setErr(new PrintStream(STDERR, true, StandardCharsets.UTF_8));
        cipher = CallbackCipher.forSecret(SECRET);
        service = SampleWfmService.start(0, cipher, LIMIT);
    }

    @AfterAll
    static void stop() {
        service.close();
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(Level.INFO);
    }

    @Test
    void acceptsAConnectionWith200() throws Exception {
        HttpResponse<String> response = post("/v1/connect", cipher.encrypt(bytes("{\"tenantId\":\"t\",\"userId\":\"u\"}")), null);
        assertEquals(200, response.statusCode(), () -> String.join("\n", LOGGED) + STDERR);
    }

    @Test
    void approvesAnUpdateAndServesItToRead() throws Exception {
        String create = "{\"requests\":[{\"id\":\"SHFT_a\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_a\","
                + "\"headers\":{\"X-MS-Transaction-ID\":\"1\",\"X-MS-Expires\":\"" + Instant.now().plusSeconds(60) + "\"},"
                + "\"body\":{\"id\":\"SHFT_a\"}},"
                + "{\"id\":\"SHFT_b\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_b\",\"body\":{\"id\":\"SHFT_b\"}}]}";
        JsonNode update = JSON.readTree(post("/v1/teams/team-1/update", cipher.encrypt(bytes(create)), null).body());
        assertEquals(2, update.get("responses").size());
        assertEquals(200, update.at("/responses/0/status").asInt());
        assertTrue(update.at("/responses/0/body/eTag").isTextual());

        String read = "{\"requests\":[{\"id\":\"SHFT_a\",\"method\":\"GET\",\"url\":\"/shifts/SHFT_a/requestableShifts?requestType=SwapRequest\"}]}";
        JsonNode answer = JSON.readTree(post("/v1/teams/team-1/read", cipher.encrypt(bytes(read)), null).body());
        assertEquals("[\"SHFT_b\"]", answer.at("/responses/0/body/data").toString());
    }

    @Test
    void approvesPassthroughChangesWithoutWritingThem() throws Exception {
        String create = "{\"requests\":[{\"id\":\"SHFT_p\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_p\",\"body\":{\"id\":\"SHFT_p\"}}]}";
        HttpResponse<String> response = post("/v1/teams/team-p/update", cipher.encrypt(bytes(create)), "c5d0c76b-80c4-481c-be50-923cd8d680a1");
        assertEquals(200, JSON.readTree(response.body()).at("/responses/0/status").asInt());
        String read = "{\"requests\":[{\"id\":\"x\",\"method\":\"GET\",\"url\":\"/shifts/x/requestableShifts\"}]}";
        assertEquals("[]", JSON.readTree(post("/v1/teams/team-p/read", cipher.encrypt(bytes(read)), null).body())
                .at("/responses/0/body/data").toString());
    }

    @Test
    void refusesExpiredItemsWith200AndItemStatus408() throws Exception {
        String batch = "{\"requests\":[{\"id\":\"SHFT_old\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_old\","
                + "\"headers\":{\"X-MS-Expires\":\"2024-10-11T21:27:59.0134605Z\"},\"body\":{\"note\":\"" + MARKER + "\"}},"
                + "{\"id\":\"SHFT_new\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_new\",\"body\":{\"id\":\"SHFT_new\"}}]}";
        HttpResponse<String> response = post("/v1/teams/team-e/update", cipher.encrypt(bytes(batch)), null);
        assertEquals(200, response.statusCode());
        JsonNode responses = JSON.readTree(response.body()).get("responses");
        assertEquals(2, responses.size());
        assertEquals("SHFT_new", responses.get(0).get("id").asText());
        assertEquals(200, responses.get(0).get("status").asInt());
        assertEquals("SHFT_old", responses.get(1).get("id").asText());
        assertEquals(408, responses.get(1).get("status").asInt());
        assertEquals("expired", responses.get(1).at("/body/error/code").asText());
    }

    @Test
    void refusesARequestWhoseExpiresHeaderHasPassed() throws Exception {
        String batch = "{\"requests\":[{\"id\":\"SHFT_h\",\"method\":\"POST\",\"url\":\"/shifts/SHFT_h\",\"body\":{}}]}";
        HttpRequest request = HttpRequest.newBuilder(service.url().resolve("/v1/teams/t/update"))
                .header("X-MS-Expires", "2020-01-01T00:00:00Z")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cipher.encrypt(bytes(batch)))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(408, JSON.readTree(response.body()).at("/responses/0/status").asInt());
    }

    @Test
    void answersRandomBytesWith4xxAndAShortJsonError() throws Exception {
        Random random = new Random(42);
        for (String path : List.of("/v1/connect", "/v1/teams/t/update", "/v1/teams/t/read")) {
            for (int i = 0; i < 30; i++) {
                byte[] body = new byte[random.nextInt(2000)];
                random.nextBytes(body);
                HttpResponse<String> response = post(path, body, null);
                assertClean(response);
                assertTrue(response.statusCode() == 400 || response.statusCode() == 401, path + ": " + response.statusCode());
                assertTrue(JSON.readTree(response.body()).at("/error/code").isTextual(), response.body());
            }
        }
    }

    @Test
    void answersAWrongSecretWith401() throws Exception {
        CallbackCipher other = CallbackCipher.forSecret(SECRET.replace('S', 'T'));
        HttpResponse<String> response = post("/v1/teams/t/update", other.encrypt(bytes("{\"requests\":[]}")), null);
        assertEquals(401, response.statusCode());
        assertEquals("badTag", JSON.readTree(response.body()).at("/error/code").asText());
        assertClean(response);
    }

    @Test
    void answersABodyOverTheLimitWith413() throws Exception {
        HttpResponse<String> response = post("/v1/teams/t/update", new byte[LIMIT * 4], null);
        assertEquals(413, response.statusCode());
        assertClean(response);
    }

    @Test
    void answersDecryptedNonsenseWith400WithoutQuotingIt() throws Exception {
        for (String plaintext : List.of("{\"requests\": " + MARKER, "[\"" + MARKER + "\"]", "{\"requests\":\"" + MARKER + "\"}")) {
            for (String path : List.of("/v1/teams/t/update", "/v1/teams/t/read")) {
                HttpResponse<String> response = post(path, cipher.encrypt(bytes(plaintext)), null);
                assertEquals(400, response.statusCode(), path + " " + plaintext + ": " + response.body());
                assertFalse(response.body().contains(MARKER), response.body());
                assertClean(response);
            }
        }
    }

    @Test
    void answersAConnectThatIsNotJsonWith400WithoutQuotingIt() throws Exception {
        HttpResponse<String> response = post("/v1/connect", cipher.encrypt(bytes("{\"tenantId\": " + MARKER)), null);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("{\"error\":{\"code\":\"invalidJson\",\"message\":\"the decrypted body is not valid JSON for this endpoint\"}}",
                response.body());
    }

    @Test
    void neverLogsTheSecretOrARefusedPlaintext() throws Exception {
        answersRandomBytesWith4xxAndAShortJsonError();
        answersDecryptedNonsenseWith400WithoutQuotingIt();
        answersAConnectThatIsNotJsonWith400WithoutQuotingIt();
        refusesExpiredItemsWith200AndItemStatus408();
        String all = String.join("\n", LOGGED) + STDERR.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains(SECRET), "the secret was logged");
        assertFalse(all.contains(SECRET.substring(0, 32)), "half of the secret was logged");
        assertFalse(all.contains(MARKER), "a refused plaintext was logged");
        String warnings = String.join("\n", LOGGED.stream().filter(l -> l.contains("WARNING") || l.contains("SEVERE")).toList());
        assertFalse(warnings.contains("\tat "), "a stack trace was logged: " + warnings);
    }

    private static void assertClean(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 500, "HTTP " + response.statusCode());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        assertFalse(response.body().contains(SECRET));
    }

    private static HttpResponse<String> post(String path, byte[] body, String passthrough) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.url().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (passthrough != null) {
            request.header("X-MS-WFMPassthrough", passthrough);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
