package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a write burst: an emulator in a child JVM with a data directory takes
 * creates and PATCHes from four clients, and is killed forcibly once 200 writes have been acknowledged, with
 * the clients still sending. Restarted on the same directory, it holds every acknowledged write: each created
 * integration, and for each client's own integration at least the last value acknowledged to it.
 */
class KillDuringWritesTest {
    static final int CLIENTS = 4;
    static final int KILL_AFTER_ACKS = 200;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Process child = startChild();
        Http graph;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            URI root = URI.create(field(out, "base="));
            graph = new Http(root, field(out, "token="));
        } catch (RuntimeException | AssertionError e) {
            child.destroyForcibly();
            throw e;
        }
        List<String> ownIds = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            ownIds.add(graph.create("{\"displayName\":\"client " + c + " write -1\"}"));
        }
        List<String> acknowledgedCreates = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> lastAcknowledgedPatch = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                try {
                    for (int i = 0; ; i++) {
                        if (i % 3 == 0) {
                            Http.Answer created = graph.post("v1.0/teamwork/workforceIntegrations",
                                    "{\"displayName\":\"created by " + client + " at " + i + "\"}");
                            if (created.status() == 201) {
                                acknowledgedCreates.add(created.json().path("id").asText());
                            }
                        } else {
                            Http.Answer patched = graph.patch("v1.0/teamwork/workforceIntegrations/" + ownIds.get(client),
                                    "{\"displayName\":\"client " + client + " write " + i + "\"}");
                            if (patched.status() == 200) {
                                lastAcknowledgedPatch.put(client, i);
                            }
                        }
                        acks.incrementAndGet();
                    }
                } catch (UncheckedIOException killed) {
                    return null; // the server died under this request: it was not acknowledged
                }
            });
        }
        while (acks.get() < KILL_AFTER_ACKS && child.isAlive()) {
            Thread.sleep(5);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "clients still running after the kill");
        assertTrue(acks.get() >= KILL_AFTER_ACKS, "the child died before the burst: " + acks);

        List<String> log = new CopyOnWriteArrayList<>();
        try (Emulator restarted = Emulator.start(options().log(log::add))) {
            Http after = Http.to(restarted, Http.READ_WRITE);
            for (String id : acknowledgedCreates) {
                assertEquals(200, after.get("v1.0/teamwork/workforceIntegrations/" + id).status(), "acknowledged create " + id);
            }
            for (int c = 0; c < CLIENTS; c++) {
                String name = after.get("v1.0/teamwork/workforceIntegrations/" + ownIds.get(c)).json().path("displayName").asText();
                int stored = Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
                Integer acknowledged = lastAcknowledgedPatch.get(c);
                assertNotNull(acknowledged, "client " + c + " had no PATCH acknowledged");
                assertTrue(stored >= acknowledged, "client " + c + ": write " + acknowledged + " was acknowledged, "
                        + "the restarted emulator has " + stored + " (log: " + log + ")");
            }
        }
    }

    private EmulatorOptions options() {
        return EmulatorOptions.defaults().port(0).dataDir(dir.resolve("data")).keyFile(dir.resolve("signing.key"));
    }

    private Process startChild() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildEmulator.class.getName(),
                dir.resolve("data").toString(), dir.resolve("signing.key").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String field(BufferedReader out, String prefix) throws Exception {
        String line = out.readLine();
        if (line == null || !line.startsWith(prefix)) {
            throw new AssertionError("the child emulator printed '" + line + "', expected " + prefix + "...");
        }
        return line.substring(prefix.length());
    }
}
