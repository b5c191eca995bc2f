package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight clients PATCH eight different properties of one integration, a thousand times each, with the journal
 * on: an update lost to a race (a read-modify-write from a stale copy) would put some property back to an
 * older value. Each client checks its own property in every answer and that the others never go backwards;
 * at the end, and after a restart from the journal, every property holds its client's last value.
 */
class ConcurrentPatchTest {
    static final int CLIENTS = 8;
    static final int PATCHES = 1000;
    static final String[] FLAGS = {"shift", "shift,swapRequest", "openShift", "swapRequest,offerShiftRequest"};
    static final String[] ELIGIBILITY = {"none", "swapRequest", "offerShiftRequest", "swapRequest,offerShiftRequest"};

    /** The property a client owns: the PATCH body of its i-th write, and what a GET then shows. */
    record Property(String pointer, IntFunction<String> body, IntFunction<String> shown, boolean ordered) {
    }

    static final List<Property> PROPERTIES = List.of(
            new Property("/displayName", i -> "{\"displayName\":\"name " + i + "\"}", i -> "name " + i, true),
            new Property("/url", i -> "{\"url\":\"https://wfm.example.com/c/" + i + "\"}", i -> "https://wfm.example.com/c/" + i, true),
            new Property("/apiVersion", i -> "{\"apiVersion\":" + (i + 1) + "}", i -> String.valueOf(i + 1), true),
            new Property("/isActive", i -> "{\"isActive\":" + (i % 2 == 0) + "}", i -> String.valueOf(i % 2 == 0), false),
            new Property("/supportedEntities", i -> "{\"supportedEntities\":\"" + FLAGS[i % 4] + "\"}", i -> FLAGS[i % 4], false),
            new Property("/eligibilityFilteringEnabledEntities",
                    i -> "{\"eligibilityFilteringEnabledEntities\":\"" + ELIGIBILITY[i % 4] + "\"}", i -> ELIGIBILITY[i % 4], false),
            new Property("/supports", i -> "{\"supports\":\"" + FLAGS[(i + 1) % 4] + "\"}", i -> FLAGS[(i + 1) % 4], false),
            new Property("/encryption/protocol",
                    i -> "{\"encryption\":{\"protocol\":\"" + (i % 2 == 0 ? "unknownFutureValue" : "sharedSecret") + "\"}}",
                    i -> i % 2 == 0 ? "unknownFutureValue" : "sharedSecret", false));

    @TempDir
    Path dir;

    @Test
    void noUpdateIsLostAndTheJournalKeepsTheLastOfEach() throws Exception {
        EmulatorOptions options = EmulatorOptions.defaults().port(0).dataDir(dir.resolve("data"))
                .keyFile(dir.resolve("signing.key")).log(line -> { });
        String path;
        try (Emulator emulator = Emulator.start(options)) {
            Http graph = Http.to(emulator, Http.READ_WRITE);
            // beta, so that the beta-only supports is a property like the others
            path = "beta/teamwork/workforceIntegrations/" + graph.create(Http.integration("race", false, "https://wfm.example.com/c/0"));
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> patchMany(graph, path, client)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            clients.shutdown();
            assertHoldsLastValues(graph.get(path).json());
        }
        try (Emulator restarted = Emulator.start(options)) {
            assertHoldsLastValues(Http.to(restarted, Http.READ_WRITE).get(path).json());
        }
    }

    private static void patchMany(Http graph, String path, int client) {
        Property own = PROPERTIES.get(client);
        int[] seen = new int[CLIENTS];
        java.util.Arrays.fill(seen, -1); // -1: the value from before the first write, which a first answer may show
        for (int i = 0; i < PATCHES; i++) {
            Http.Answer answer = graph.patch(path, own.body().apply(i));
            assertEquals(200, answer.status(), answer.body());
            JsonNode body = answer.json();
            assertEquals(own.shown().apply(i), body.at(own.pointer()).asText(), own.pointer() + " after its own write " + i);
            for (int other = 0; other < CLIENTS; other++) {
                Property property = PROPERTIES.get(other);
                if (other != client && property.ordered()) {
                    int index = index(property, body.at(property.pointer()).asText());
                    assertTrue(index >= seen[other], property.pointer() + " went back from write " + seen[other] + " to " + index + " in " + body + " (client " + client + " write " + i + ")");
                    seen[other] = index;
                }
            }
        }
    }

    private static int index(Property property, String shown) {
        for (int i = PATCHES - 1; i >= 0; i--) {
            if (property.shown().apply(i).equals(shown)) {
                return i;
            }
        }
        return -1; // the value from before the first write
    }

    private static void assertHoldsLastValues(JsonNode integration) {
        for (Property property : PROPERTIES) {
            assertEquals(property.shown().apply(PATCHES - 1), integration.at(property.pointer()).asText(), property.pointer());
        }
    }
}
