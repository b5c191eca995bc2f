package dev.wfi.callback.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.wfi.callback.crypto.CallbackCipher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The probe's unbounded answers (issue 14, 5): an endpoint that streams forever or trickles costs neither memory nor time. */
class ShiftsClientTest {

    static final String SECRET = "0123456789abcdef".repeat(4);
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnswerThatStreamsForeverIsCutAtTheLimit() throws Exception {
        try (Endpoint endpoint = new Endpoint(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException closedByTheClient) {
                // the client stopped reading: what the test expects
            }
        })) {
            ShiftsClient client = new ShiftsClient(Duration.ofSeconds(20), 1 << 20);
            WfmAnswer answer = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> client.send(endpoint.base(), cipher(), connect()));
            assertTrue(answer.cut());
            assertEquals(1 << 20, answer.body().length());
            assertEquals(List.of("the answer is longer than 1048576 bytes and was not read further"),
                    new AnswerJudge(dev.wfi.contract.Contract.bundled()).violations(connect(), answer));
        }
    }

    @Test
    void anAnswerThatTricklesTimesOutAsAWhole() throws Exception {
        try (Endpoint endpoint = new Endpoint(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write('{');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException closed) {
                // the client gave up: what the test expects
            }
        })) {
            ShiftsClient client = new ShiftsClient(Duration.ofSeconds(2), 1 << 20);
            long start = System.nanoTime();
            HttpTimeoutException timeout = assertThrows(HttpTimeoutException.class,
                    () -> client.send(endpoint.base(), cipher(), connect()));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "the timeout covers the body");
            assertEquals("no answer within 2 s", ShiftsClient.describe(timeout));
        }
    }

    @Test
    void sendsTheBodyEncryptedWithTheShiftsHeaders() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        try (Endpoint endpoint = new Endpoint(exchange -> {
            try {
                seen.set(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("X-MS-WFMPassthrough") + " "
                        + new String(cipher().decrypt(exchange.getRequestBody().readAllBytes()), StandardCharsets.UTF_8));
            } catch (Exception e) {
                seen.set(e.toString());
            }
            byte[] body = "{\"responses\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        })) {
            ShiftsCall call = ShiftsCall.update("T", "delete shift",
                    JSON.readTree("{\"requests\":[{\"id\":\"S1\",\"method\":\"DELETE\",\"url\":\"/shifts/S1\"}]}"), "integration-1");
            WfmAnswer answer = new ShiftsClient(Duration.ofSeconds(5), 1024).send(endpoint.base(), cipher(), call);

            assertEquals(new WfmAnswer(200, "{\"responses\":[]}", false, 1024), answer);
            assertEquals("/v1/teams/T/update integration-1 " + call.body(), seen.get());
        }
    }

    @Test
    void nothingListeningIsAConnectException() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectException refused = assertThrows(ConnectException.class, () -> new ShiftsClient(Duration.ofSeconds(5), 1024)
                .send(URI.create("http://127.0.0.1:" + port + "/v1"), cipher(), connect()));
        assertEquals("cannot connect (connection refused)", ShiftsClient.describe(refused));
    }


    static CallbackCipher cipher() throws Exception {
        return CallbackCipher.forSecret(SECRET);
    }

    static ShiftsCall connect() {
        return ShiftsCall.connect(JSON.createObjectNode().put("tenantId", "t").put("userId", "u"), false);
    }

    /** A WFM endpoint on loopback that answers every call with {@code handler}. */
    static final class Endpoint implements AutoCloseable {
        private final HttpServer server;

        Endpoint(HttpHandler handler) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", handler);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "endpoint");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
