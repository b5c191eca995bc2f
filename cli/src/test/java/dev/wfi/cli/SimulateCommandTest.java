package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.sample.SampleWfmService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    static final String SECRET = "wfi-simulate-test-secret-0123456789abcdefghijklmnopqrstuvwxyz!?#";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path secretFile;
    static SampleWfmService sample;
    static CallbackCipher cipher;

    @BeforeAll
    static void start() throws Exception {
        assertEquals(64, SECRET.getBytes(StandardCharsets.UTF_8).length);
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
        cipher = CallbackCipher.forSecret(SECRET);
        sample = SampleWfmService.start(0, cipher, 1 << 20);
    }

    @AfterAll
    static void stop() {
        sample.close();
    }

    @Test
    void passesAgainstTheSampleService() {
        Run run = simulate(sample.url().toString(), "--scenario", "all");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        for (String scenario : new String[] {"connect", "shifts", "swap", "timecards", "read"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(String.format("%-10s pass", scenario))), run.out());
        }
        assertTrue(run.out().contains("9 requests in "), run.out());
        assertTrue(run.out().endsWith("the endpoint follows the callback protocol\n"), run.out());
        assertEquals("", run.err());
    }

    /** The README's run against the sample service prints what it shows, timings aside. */
    @Test
    void printsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        java.util.regex.Matcher example = java.util.regex.Pattern.compile(
                "\\./wfi simulate --url http://127\\.0\\.0\\.1:8080 ([^\\n]+)\\n```\\n\\n```\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertTrue(example.find(), "no wfi simulate example in the README");
        String[] args = example.group(1).replace("secret.txt", secretFile.toString()).split(" ");
        String[] all = new String[args.length + 3];
        all[0] = "simulate";
        all[1] = "--url";
        all[2] = sample.url().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        Run run = Run.wfi(new Wfi(null, Terminal.NONE), all);
        String timings = "\\d+ requests in [^\\n]+\\n";
        assertEquals(example.group(2).replace("http://127.0.0.1:8080", sample.url().toString()).replaceAll(timings, ""),
                run.out().replaceAll(timings, ""));
        assertTrue(run.out().contains("9 requests in "), run.out());
    }

    @Test
    void reportsJsonWithTotals() throws Exception {
        Run run = simulate(sample.url().toString(), "--scenario", "shifts", "--count", "3", "--format", "json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.get("passed").asBoolean());
        assertEquals("shifts", report.at("/scenarios/0/name").asText());
        assertEquals(12, report.at("/scenarios/0/requests").asInt());
        assertEquals(12, report.at("/totals/requests").asInt());
        assertTrue(report.at("/totals/p99Ms").asDouble() > 0);
    }

    @Test
    void failsAgainstAnEndpointThatAnswers500() throws Exception {
        try (Fake fake = new Fake((path, body) -> new Answer(500, "oops"))) {
            Run run = simulate(fake.url(), "--scenario", "shifts");
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.out().contains("shifts     FAIL  4 requests"), run.out());
            assertTrue(run.out().contains("POST /v1/teams/team-1/update (create shift): HTTP 500, expected 200"
                    + " (per-item outcomes belong in the body): oops"), run.out());
            assertTrue(run.out().endsWith("the endpoint violates the callback protocol\n"), run.out());
        }
    }

    @Test
    void failsAgainstAnEndpointThatLeavesOutIdsAndIgnoresTheTag() throws Exception {
        try (Fake fake = new Fake((path, body) -> new Answer(200, path.endsWith("connect") ? "" : "{\"responses\":[]}"))) {
            Run run = simulate(fake.url(), "--scenario", "all");
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.out().contains("POST /v1/connect (connect with a corrupted tag): HTTP 200 for a body with a corrupted tag:"
                    + " the endpoint does not check the encryption"), run.out());
            assertTrue(run.out().contains("POST /v1/teams/team-1/update (swap approval (5 items)): no response for request id SREQ_"),
                    run.out());
        }
    }

    @Test
    void failsAgainstAnEndpointThatExpectsPlainJson() throws Exception {
        try (Fake fake = new Fake((path, body) -> {
            try {
                JSON.readTree(body);
                return new Answer(200, "{\"responses\":[]}");
            } catch (IOException e) {
                return new Answer(400, "{\"error\":\"not JSON\"}");
            }
        })) {
            Run run = simulate(fake.url(), "--scenario", "connect");
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.out().contains("POST /v1/connect (connect): HTTP 400, expected 200 to accept the connection"), run.out());
        }
    }

    @Test
    void failsAgainstAnEndpointThatApprovesASwapInPart() throws Exception {
        try (Fake fake = new Fake((path, body) -> {
            try {
                JsonNode batch = JSON.readTree(cipher.decrypt(body));
                ObjectNode answer = JSON.createObjectNode();
                ArrayNode responses = answer.putArray("responses");
                int i = 0;
                for (JsonNode item : batch.get("requests")) {
                    responses.addObject().put("id", item.get("id").asText()).put("status", i++ == 0 ? 400 : 200);
                }
                return new Answer(200, answer.toString());
            } catch (Exception e) {
                return new Answer(400, "");
            }
        })) {
            Run run = simulate(fake.url(), "--scenario", "swap");
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.out().contains("its items must be approved or rejected together"), run.out());
        }
    }

    /** Issue 14, 5: against an endpoint that streams forever simulate reached 6 GB and ended with "Java heap space". */
    @Test
    void anAnswerWithoutEndIsAViolationNotAnOutOfMemoryError() throws Exception {
        HttpServer endless = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endless.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException closedBySimulate) {
                // simulate stopped reading: what the test expects
            }
        });
        endless.start();
        try {
            Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> simulate("http://127.0.0.1:" + endless.getAddress().getPort(), "--scenario", "connect"));
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("POST /v1/connect (connect): the answer is longer than 4194304 bytes and was not read further"),
                    run.out());
        } finally {
            endless.stop(0);
        }
    }

    @Test
    void refusesASecretThatIsNot64Bytes() throws Exception {
        Path shortSecret = Files.writeString(dir.resolve("short.txt"), SECRET.substring(1) + "\n");
        Run run = Run.capture(new CommandLine(new Wfi(null, Terminal.NONE)), "simulate", "--url", sample.url().toString(),
                "--secret-file", shortSecret.toString(), "--team", "t");
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + shortSecret + ": the shared secret must be exactly 64 bytes (UTF-8), found 63\n", run.err());
    }

    @Test
    void saysWhenNothingListens() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run run = simulate("http://127.0.0.1:" + port, "--scenario", "connect");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: http://127.0.0.1:" + port + "/v1: cannot connect"), run.err());
    }

    private static Run simulate(String url, String... more) {
        String[] args = new String[8 + more.length];
        System.arraycopy(new String[] {"simulate", "--url", url, "--secret-file", secretFile.toString(), "--team", "team-1",
            "--timeout=5"}, 0, args, 0, 8);
        System.arraycopy(more, 0, args, 8, more.length);
        return Run.wfi(new Wfi(null, Terminal.NONE), args);
    }

    record Answer(int status, String body) {
    }

    /** A deliberately wrong WFM endpoint on loopback. */
    static final class Fake implements AutoCloseable {
        private final HttpServer server;

        Fake(BiFunction<String, byte[], Answer> answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Answer a = answer.apply(exchange.getRequestURI().getPath(), exchange.getRequestBody().readAllBytes());
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
