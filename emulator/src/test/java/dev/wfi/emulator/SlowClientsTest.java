package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, 4: 33 connections that sent their headers slowly blocked {@code wfi serve} for as long as they were held,
 * and a valid GET waited 20 s. Slow clients, more of them than the emulator has threads, must not delay anyone
 * else, and the time a request's headers and body may take is bounded.
 */
class SlowClientsTest {
    static final int SLOW_CLIENTS = 100;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    Emulator emulator;
    Http graph;
    final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        emulator = Emulator.start(EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key"))
                .requestTimeout(REQUEST_TIMEOUT).log(line -> { }));
        graph = Http.to(emulator, Http.READ_WRITE);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        emulator.close();
    }

    @Test
    void aRequestIsAnsweredWhileMoreClientsThanThreadsSendTheirHeadersSlowly() throws IOException {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slow.add(open("GET /v1.0/teamwork/workforceIntegrations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
        }

        Http.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> graph.get("v1.0/teamwork/workforceIntegrations"));

        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aRequestIsAnsweredWhileMoreClientsThanThreadsSendTheirBodiesSlowly() throws IOException {
        String id = graph.create("{\"displayName\":\"target\"}");
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slow.add(open("PATCH /v1.0/teamwork/workforceIntegrations/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + emulator.tokens().issue(java.util.Set.of(Http.READ_WRITE), false) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"displayName\":"));
        }

        Http.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> graph.get("v1.0/teamwork/workforceIntegrations/" + id));

        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnswered408WhenTheTimeIsUp() throws IOException {
        Socket socket = open("POST /v1.0/teamwork/workforceIntegrations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + emulator.tokens().issue(java.util.Set.of(Http.READ_WRITE), false) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"displayName\":");
        slow.add(socket);

        String answer = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RawHttp.read(socket));

        assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
        assertTrue(answer.contains("\"code\":\"requestTimeout\""), answer);
    }

    @Test
    void headersThatTrickleInAreCutOffWhenTheTimeIsUp() throws Exception {
        Socket socket = open("GET /v1.0/teamwork/workforceIntegrations HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        slow.add(socket);
        long start = System.nanoTime();
        boolean closed = false;
        try {
            for (int i = 0; i < 40 && !closed; i++) {
                Thread.sleep(250);
                socket.getOutputStream().write(("X-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.setSoTimeout(1);
                try {
                    closed = socket.getInputStream().read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing yet: go on trickling
                }
            }
        } catch (IOException reset) {
            closed = true;
        }
        assertTrue(closed, "the connection was still open after 10 s of trickled headers");
        assertTrue(System.nanoTime() - start < REQUEST_TIMEOUT.multipliedBy(3).toNanos(), "closed late");
    }

    private Socket open(String start) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.baseUri().getPort());
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
