package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.emulator.Emulator;
import dev.wfi.emulator.EmulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wfi simulate} and the emulator's team simulation judge a WFM's answer with the callback kit's one judge:
 * the same batch answered the same wrong way gets the same violations from both.
 */
class OneJudgeTest {

    static final String SECRET = "one-judge-test-secret-0123456789abcdefghijklmnopqrstuvwxyz!?#$%&";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void simulateAndTheEmulatorReportTheSameViolationsForTheSameWrongAnswer() throws Exception {
        assertEquals(64, SECRET.getBytes(StandardCharsets.UTF_8).length);
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        AtomicReference<JsonNode> received = new AtomicReference<>();
        try (SimulateCommandTest.Fake wfm = new SimulateCommandTest.Fake((path, frame) -> {
            if (path.endsWith("/connect")) {
                return new SimulateCommandTest.Answer(200, "");
            }
            try {
                JsonNode batch = JSON.readTree(cipher.decrypt(frame));
                received.set(batch);
                return new SimulateCommandTest.Answer(200, wrongAnswer(batch).toString());
            } catch (Exception e) {
                return new SimulateCommandTest.Answer(400, "");
            }
        });
             Emulator emulator = Emulator.start(EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key"))
                     .log(line -> { }))) {
            Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
            Run simulated = Run.wfi(new Wfi(null, Terminal.NONE), "simulate", "--url", wfm.url(), "--secret-file",
                    secretFile.toString(), "--team", "team-1", "--scenario", "swap", "--format", "json");
            assertEquals(1, simulated.exitCode(), simulated.out() + simulated.err());
            String where = "POST /v1/teams/team-1/update (swap approval (5 items)): ";
            List<String> bySimulate = new ArrayList<>();
            for (JsonNode failure : JSON.readTree(simulated.out()).at("/scenarios/0/failures")) {
                assertTrue(failure.asText().startsWith(where), failure.asText());
                bySimulate.add(failure.asText().substring(where.length()));
            }

            Graph graph = new Graph(emulator);
            graph.post("teamwork/workforceIntegrations", "{\"displayName\":\"Judged\",\"apiVersion\":1,\"isActive\":true,"
                    + "\"url\":\"" + wfm.url() + "\",\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":\"" + SECRET + "\"},"
                    + "\"supportedEntities\":\"shift,swapRequest\"}", 201);
            JsonNode report = graph.post("../_emulator/teams/team-1/simulate", received.get().toString(), 200);
            List<String> byEmulator = new ArrayList<>();
            report.at("/sent/0/violations").forEach(v -> byEmulator.add(v.asText()));

            assertEquals(bySimulate, byEmulator);
            assertTrue(byEmulator.stream().anyMatch(v -> v.contains("more than once")), byEmulator::toString);
            assertTrue(byEmulator.stream().anyMatch(v -> v.contains("which was not requested")), byEmulator::toString);
            assertTrue(byEmulator.stream().anyMatch(v -> v.contains("approved or rejected together")), byEmulator::toString);
            assertTrue(byEmulator.stream().anyMatch(v -> v.startsWith("wfmBatchResponse: ")), byEmulator::toString);
        }
    }

    /** Every id answered, the first twice; approvals alternate; and an id nobody asked for, with a status that is no number. */
    static ObjectNode wrongAnswer(JsonNode batch) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode responses = answer.putArray("responses");
        int i = 0;
        for (JsonNode item : batch.path("requests")) {
            responses.addObject().put("id", item.path("id").asText()).put("status", i++ % 2 == 0 ? 200 : 400);
        }
        responses.addObject().put("id", batch.path("requests").path(0).path("id").asText()).put("status", 200);
        responses.addObject().put("id", "ghost").put("status", "ok");
        return answer;
    }

    /** The emulator's Graph side with a read-write token. */
    record Graph(Emulator emulator, String token, HttpClient http) {
        Graph(Emulator emulator) {
            this(emulator, emulator.tokens().issue(Set.of("WorkforceIntegration.ReadWrite.All"), true), HttpClient.newHttpClient());
        }

        JsonNode post(String path, String body, int expected) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(emulator.baseUri().resolve(path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, response.statusCode(), response.body());
            assertFalse(response.body().contains(SECRET));
            return JSON.readTree(response.body());
        }
    }
}
