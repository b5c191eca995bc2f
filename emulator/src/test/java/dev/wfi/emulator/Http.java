package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of the emulator on loopback, as an integrator's code would be: JSON in; status, headers and body out. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String READ_WRITE = "WorkforceIntegration.ReadWrite.All";
    static final String READ = "WorkforceIntegration.Read.All";
    static final String SECRET = "0123456789abcdef".repeat(4);

    /** One answer. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The OData error message, for assertions on what it names. */
        String message() {
            return json().path("error").path("message").asText();
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI root;
    private final String token;

    /** @param root {@code http://127.0.0.1:PORT/}; paths start with the version ({@code v1.0/...}) */
    Http(URI root, String token) {
        this.root = root;
        this.token = token;
    }

    static Http to(Emulator emulator, String... scopes) {
        return new Http(emulator.baseUri().resolve("/"), emulator.tokens().issue(java.util.Set.of(scopes), false));
    }

    Http as(String otherToken) {
        return new Http(root, otherToken);
    }

    Answer send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A query parameter's value as a URL carries it. */
    static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Answer post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    Answer patch(String path, String body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** Creates an integration (inactive unless the body says otherwise) and returns its id. */
    String create(String body) {
        Answer created = post("v1.0/teamwork/workforceIntegrations", body);
        if (created.status() != 201) {
            throw new AssertionError("create answered " + created.status() + ": " + created.body());
        }
        return created.json().path("id").asText();
    }

    static String integration(String displayName, boolean active, String url) {
        return "{\"displayName\":\"" + displayName + "\",\"apiVersion\":1,\"isActive\":" + active
                + ",\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":\"" + SECRET + "\"},"
                + "\"url\":\"" + url + "\",\"supportedEntities\":\"shift,swapRequest\"}";
    }
}
