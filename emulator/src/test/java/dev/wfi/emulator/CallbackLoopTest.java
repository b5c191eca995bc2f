package dev.wfi.emulator;

import static dev.wfi.emulator.Http.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.sample.SampleWfmService;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on loopback: the emulator calls the sample WFM service's {@code /connect} (encrypted by the
 * callback kit) when an active integration is created or updated, and replays Shifts' update callbacks to it.
 */
class CallbackLoopTest {
    static final String COLLECTION = "v1.0/teamwork/workforceIntegrations";

    @TempDir
    static Path dir;
    static SampleWfmService wfm;
    static Emulator emulator;
    static Http graph;
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        wfm = SampleWfmService.start(0, CallbackCipher.forSecret(SECRET), 1 << 20);
        emulator = Emulator.start(EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key")).log(LOG::add));
        graph = Http.to(emulator, Http.READ_WRITE);
    }

    @AfterAll
    static void stop() {
        emulator.close();
        wfm.close();
    }

    @Test
    void creatingAnActiveIntegrationCallsItsConnectEndpoint() {
        Http.Answer created = graph.post(COLLECTION, Http.integration("Loop", true, wfm.url().toString()));

        assertEquals(201, created.status(), created.body());
        assertEquals("200 from " + wfm.url() + "/v1/connect", created.header("X-Wfi-Emulator-Connect"));
        assertTrue(LOG.stream().anyMatch(l -> l.contains("POST " + wfm.url() + "/v1/connect answered 200")), LOG::toString);
    }

    @Test
    void aConnectEndpointThatRefusesMakesTheCreateA400NamingUrlAndNothingIsStored() {
        String otherSecret = "fedcba9876543210".repeat(4);
        String body = Http.integration("Refused", true, wfm.url().toString()).replace(SECRET, otherSecret);
        int before = graph.get(COLLECTION).json().path("value").size();

        Http.Answer refused = graph.post(COLLECTION, body);

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.message().startsWith("url: POST " + wfm.url() + "/v1/connect answered 401"), refused.message());
        assertEquals(before, graph.get(COLLECTION).json().path("value").size());
        assertFalse(refused.body().contains(otherSecret));
    }

    @Test
    void aLoopbackPortWithNothingListeningIsA400NamingUrl() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Http.Answer refused = graph.post(COLLECTION, Http.integration("Nobody", true, "http://127.0.0.1:" + closed));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("url", refused.json().path("error").path("target").asText());
    }

    @Test
    void anActiveLoopbackIntegrationWithoutASecretIsA400NamingTheSecret() {
        Http.Answer refused = graph.post(COLLECTION, "{\"isActive\":true,\"url\":\"" + wfm.url() + "\"}");

        assertEquals(400, refused.status(), refused.body());
        assertEquals("encryption.secret", refused.json().path("error").path("target").asText());
    }

    @Test
    void aNonLoopbackUrlIsNeverCalled() {
        Http.Answer created = graph.post(COLLECTION, Http.integration("Remote", true, "https://wfm.example.com/contoso"));

        assertEquals(201, created.status(), created.body());
        assertEquals("skipped (not loopback)", created.header("X-Wfi-Emulator-Connect"));
        assertTrue(LOG.stream().anyMatch(l -> l.contains("/connect not called: wfm.example.com is not a loopback address")), LOG::toString);
    }

    @Test
    void aSkippedConnectIsLoggedOnceUntilItsReasonChanges() {
        String id = graph.create(Http.integration("Repeated", true, "https://repeat.example.com/contoso"));
        for (int i = 0; i < 3; i++) {
            Http.Answer updated = graph.patch(COLLECTION + "/" + id, "{\"displayName\":\"Repeated " + i + "\"}");
            assertEquals("skipped (not loopback)", updated.header("X-Wfi-Emulator-Connect"), updated.body());
        }
        graph.patch(COLLECTION + "/" + id, "{\"url\":\"https://moved.example.com/contoso\"}");

        assertEquals(1, LOG.stream().filter(l -> l.contains(id + ": /connect not called: repeat.example.com")).count(), LOG::toString);
        assertEquals(1, LOG.stream().filter(l -> l.contains(id + ": /connect not called: moved.example.com")).count(), LOG::toString);
    }

    @Test
    void activatingAnIntegrationByPatchCallsConnect() {
        String id = graph.create(Http.integration("Later", false, wfm.url().toString()));

        Http.Answer activated = graph.patch(COLLECTION + "/" + id, "{\"isActive\":true}");

        assertEquals(200, activated.status(), activated.body());
        assertEquals("200 from " + wfm.url() + "/v1/connect", activated.header("X-Wfi-Emulator-Connect"));
    }

    @Test
    void simulateSendsAShiftCreationToEveryActiveLoopbackIntegrationThatSupportsShifts() {
        String active = graph.create(Http.integration("Simulated", true, wfm.url().toString()));
        String inactive = graph.create(Http.integration("Asleep", false, wfm.url().toString()));
        String remote = graph.create(Http.integration("Far", true, "https://wfm.example.com/far"));
        String noShifts = graph.create(Http.integration("No shifts", true, wfm.url().toString())
                .replace("shift,swapRequest", "swapRequest"));

        Http.Answer answer = graph.post("_emulator/teams/788b75d2-a911-48c0-a5e2-dc98480457e3/simulate", null);

        assertEquals(200, answer.status(), answer.body());
        JsonNode report = answer.json();
        JsonNode sent = find(report.path("sent"), active);
        assertEquals(wfm.url() + "/v1/teams/788b75d2-a911-48c0-a5e2-dc98480457e3/update", sent.path("url").asText());
        assertEquals(200, sent.path("status").asInt(), sent::toString);
        assertEquals(0, sent.path("violations").size(), sent::toString);
        JsonNode item = sent.path("body").path("responses").path(0);
        assertEquals(report.path("batch").path("requests").path(0).path("id").asText(), item.path("id").asText());
        assertEquals(200, item.path("status").asInt(), sent::toString);
        assertEquals("inactive", find(report.path("skipped"), inactive).path("reason").asText());
        assertTrue(find(report.path("skipped"), remote).path("reason").asText().startsWith("not loopback"));
        assertEquals("supportedEntities does not include shift", find(report.path("skipped"), noShifts).path("reason").asText());
        assertFalse(answer.body().contains(SECRET));
    }

    @Test
    void simulateTakesTheCallersBatchAndChecksItAgainstTheContract() {
        String active = graph.create(Http.integration("Batch", true, wfm.url().toString()));
        String batch = "{\"requests\":[{\"id\":\"SHFT_1\",\"method\":\"DELETE\",\"url\":\"/shifts/SHFT_1\"}]}";

        JsonNode report = graph.post("_emulator/teams/T1/simulate", batch).json();
        Http.Answer invalid = graph.post("_emulator/teams/T1/simulate", "{\"requests\":[{\"id\":\"x\",\"method\":\"FETCH\",\"url\":\"/shifts/x\"}]}");

        JsonNode sent = find(report.path("sent"), active);
        assertEquals(200, sent.path("status").asInt(), sent::toString);
        assertTrue(report.path("batch").path("requests").path(0).path("headers").has("X-MS-Expires"), report::toString);
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.message().contains("/requests/0/method"), invalid.message());
    }

    @Test
    void simulateNeedsReadWrite() {
        Http reader = graph.as(emulator.tokens().issue(java.util.Set.of(Http.READ), false));

        assertEquals(403, reader.post("_emulator/teams/T1/simulate", null).status());
        assertEquals(401, graph.as(null).post("_emulator/teams/T1/simulate", null).status());
    }

    /** Issue 14, 5: the probe's endpoint that streams forever grew the emulator to 6 GB in 20 s. */
    @Test
    void aConnectEndpointThatAnswersWithoutEndIsA400WithinTheLimits() throws Exception {
        com.sun.net.httpserver.HttpServer endless = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        endless.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByTheEmulator) {
                // the emulator stopped reading: what the test expects
            }
        });
        endless.start();
        try {
            String url = "http://127.0.0.1:" + endless.getAddress().getPort();

            Http.Answer refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> graph.post(COLLECTION, Http.integration("Endless", true, url)));

            assertEquals(400, refused.status(), refused.body());
            assertEquals("url: POST " + url + "/v1/connect answered with more than 4194304 bytes, which were not read further; "
                    + "Shifts registers an integration only when /connect answers 200.", refused.message());
        } finally {
            endless.stop(0);
        }
    }

    private static JsonNode find(JsonNode list, String integrationId) {
        for (JsonNode entry : list) {
            if (entry.path("integrationId").asText().equals(integrationId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + integrationId + " in " + list);
    }
}
