package dev.wfi.callback.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.models.api.WfmApi;
import dev.wfi.models.model.ConnectRequest;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import jakarta.ws.rs.Path;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit in front of stubs that fail: the protocol's answers hold whatever the vendor's code does. */
class WfmCallbacksTest {

    static final String SECRET = "kit-test-secret-0123456789abcdefghijklmnopqrstuvwxyz-0123456789A";
    static HttpServer server;
    static CallbackCipher cipher;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Path("")
    public static final class FailingWfm implements WfmApi {
        @Override
        public void connect(ConnectRequest connectRequest, String acceptLanguage) {
            // accepted: a void method answers 204, which the kit turns into 200
        }

        @Override
        public WfmBatchResponse updateTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
            throw new IllegalStateException("database down, secret " + SECRET);
        }

        @Override
        public WfmBatchResponse readTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        cipher = CallbackCipher.forSecret(SECRET);
        Clock clock = Clock.fixed(Instant.parse("2024-10-11T21:00:00Z"), ZoneOffset.UTC);
        ResourceConfig config = new ResourceConfig().register(new FailingWfm())
                .register(new WfmCallbacks(cipher).clock(clock)).register(JacksonFeature.withoutExceptionMappers());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1", ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void answersConnectWith200() throws Exception {
        assertEquals(200, post("/v1/connect", "{\"tenantId\":\"t\",\"userId\":\"u\"}").statusCode());
    }

    @Test
    void refusesAConnectWhoseExpiresHeaderHasPassed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/connect"))
                .header("X-MS-Expires", "2024-10-11T20:59:59.9999999Z")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cipher.encrypt("{}".getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(408, response.statusCode());
        assertEquals("{\"error\":{\"code\":\"expired\",\"message\":\"X-MS-Expires 2024-10-11T20:59:59.9999999Z has passed;"
                + " Shifts no longer waits for the answer\"}}", response.body());
    }

    @Test
    void turnsAFailingUpdateInto200WithItemStatus500() throws Exception {
        HttpResponse<String> response = post("/v1/teams/t/update", "{\"requests\":["
                + "{\"id\":\"a\",\"method\":\"POST\",\"url\":\"/shifts/a\",\"headers\":{\"X-MS-Expires\":\"2024-10-11T21:27:59.0134605Z\"}},"
                + "{\"id\":\"b\",\"method\":\"POST\",\"url\":\"/shifts/b\",\"headers\":{\"X-MS-Expires\":\"2024-10-11T20:27:59Z\"}}]}");
        assertEquals(200, response.statusCode());
        assertEquals("{\"responses\":[{\"id\":\"a\",\"status\":500,\"body\":{\"eTag\":null,\"error\":{\"code\":\"internalError\","
                + "\"message\":\"the connector could not process this item\"},\"data\":null}},{\"id\":\"b\",\"status\":408,"
                + "\"body\":{\"eTag\":null,\"error\":{\"code\":\"expired\",\"message\":\"X-MS-Expires 2024-10-11T20:27:59Z has passed;"
                + " Shifts no longer waits for the answer\"},\"data\":null}}]}", response.body());
        assertFalse(response.body().contains(SECRET));
    }

    @Test
    void keepsTheStubsStatusPerItem() throws Exception {
        HttpResponse<String> response = post("/v1/teams/t/read", "{\"requests\":[{\"id\":\"r\",\"method\":\"GET\",\"url\":\"/users/u/timeOffReasons\"}]}");
        assertEquals(200, response.statusCode());
        assertEquals("{\"responses\":[{\"id\":\"r\",\"status\":404,\"body\":{\"eTag\":null,\"error\":{\"code\":\"rejected\","
                + "\"message\":\"the connector could not process this item\"},\"data\":null}}]}", response.body());
    }

    @Test
    void leavesOtherPathsAlone() throws Exception {
        HttpResponse<String> response = post("/v1/teams/t/other", "not encrypted");
        assertEquals(404, response.statusCode());
    }

    private static HttpResponse<String> post(String path, String plaintext) throws Exception {
        byte[] body = path.endsWith("other") ? plaintext.getBytes(StandardCharsets.UTF_8)
                : cipher.encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
