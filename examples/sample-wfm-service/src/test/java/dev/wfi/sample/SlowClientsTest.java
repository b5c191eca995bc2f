package dev.wfi.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wfi.callback.crypto.CallbackCipher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, 4: five connections that sent their headers slowly stalled the sample service. */
class SlowClientsTest {
    static final String SECRET = "0123456789abcdef".repeat(4);
    static final int SLOW_CLIENTS = 40;

    @Test
    void aCallbackIsAnsweredWhileMoreClientsThanThreadsSendSlowly() throws Exception {
        CallbackCipher cipher = CallbackCipher.forSecret(SECRET);
        List<Socket> slow = new ArrayList<>();
        try (SampleWfmService service = SampleWfmService.start(0, cipher, 1 << 20)) {
            int port = service.url().getPort();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(open(port, i % 2 == 0 ? "POST /v1/connect HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                        : "POST /v1/connect HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n\r\n\u0001\u0002"));
            }
            HttpRequest connect = HttpRequest.newBuilder(URI.create(service.url() + "/v1/connect"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(cipher.encrypt("{\"tenantId\":\"t\",\"userId\":\"u\"}"
                            .getBytes(StandardCharsets.UTF_8)))).build();

            HttpResponse<String> answer = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> HttpClient.newHttpClient().send(connect, HttpResponse.BodyHandlers.ofString()));

            assertEquals(200, answer.statusCode(), answer.body());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static Socket open(int port, String start) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
