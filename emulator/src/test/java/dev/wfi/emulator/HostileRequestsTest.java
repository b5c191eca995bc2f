package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 malformed or hostile requests (seeded, so a failure replays): random bytes as bodies (up to 270 KB) and as whole
 * requests, deep JSON nesting, 10 MB bodies, header injection, path traversal and oversized ids, forged
 * tokens, odd methods and media types. None may get a 5xx or a stack trace, and the secret of the stored
 * integration appears in no response, no emulator log line and no JDK or Jersey log record.
 */
class HostileRequestsTest {
    static final int REQUESTS = 10_000;
    static final String SECRET = "h0st1le-test-s3cret-that-must-never-leak-0123456789abcdefghijklm";
    static final String COLLECTION = "/v1.0/teamwork/workforceIntegrations";
    /**
     * What a stack trace or an exception's toString() looks like. The JDK server's own answer to an unparsable
     * request line ({@code <h1>400 Bad Request</h1>URISyntaxException thrown}) names a class but is neither;
     * the emulator's JSON answers must not name one at all.
     */
    static final List<String> STACK_TRACE_MARKS = List.of("\tat ", "at dev.wfi", "at org.glassfish", "at java.",
            "Caused by", "Exception:", "Error:");

    @TempDir
    static Path dir;
    static Emulator emulator;
    static String token;
    static String id;
    static final List<String> EMULATOR_LOG = new CopyOnWriteArrayList<>();
    static final List<String> JUL_LOG = new CopyOnWriteArrayList<>();
    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            JUL_LOG.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Random random = new Random(20241011);
    int sent;

    @BeforeAll
    static void start() throws Exception {
        assertEquals(64, SECRET.length());
        Logger.getLogger("").addHandler(CAPTURE);
        emulator = Emulator.start(EmulatorOptions.defaults().port(0).dataDir(dir.resolve("data"))
                .keyFile(dir.resolve("signing.key")).log(EMULATOR_LOG::add));
        Http graph = Http.to(emulator, Http.READ_WRITE);
        token = emulator.tokens().issue(java.util.Set.of(Http.READ_WRITE), false);
        id = graph.create(Http.integration("Target", true, "https://wfm.example.com/x").replace(Http.SECRET, SECRET));
    }

    @AfterAll
    static void stop() {
        emulator.close();
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    @Test
    void noHostileRequestGetsA5xxAStackTraceOrTheSecret() throws Exception {
        List<String> problems = new ArrayList<>();
        while (sent < REQUESTS) {
            int kind = sent % 10;
            switch (kind) {
                case 0 -> check(problems, "random body", viaClient(random.nextBoolean() ? "POST" : "PATCH", COLLECTION + maybeId(), randomBytes(4096),
                        "application/json"));
                case 1 -> check(problems, "deep nesting", viaClient("POST", COLLECTION, deepJson(33 + random.nextInt(5000)),
                        "application/json"));
                case 2 -> check(problems, "hostile JSON", viaClient(random.nextBoolean() ? "POST" : "PATCH",
                        COLLECTION + maybeId(), hostileJson().getBytes(StandardCharsets.UTF_8), "application/json"));
                // never DELETE: the integration whose secret must not leak has to outlive the run
                case 3 -> check(problems, "path", viaClient(randomMethod().replace("DELETE", "GET"), hostilePath(), null, null));
                case 4 -> check(problems, "raw request", raw(randomBytes(2048)));
                case 5 -> check(problems, "header injection", raw(headerInjection()));
                case 6 -> check(problems, "forged token", viaClientWith(hostileToken(), "GET", COLLECTION + "/" + id));
                case 7 -> check(problems, "media type", viaClient("POST", COLLECTION,
                        "{\"displayName\":\"x\"}".getBytes(StandardCharsets.UTF_8), hostileMediaType()));
                case 8 -> check(problems, "secret echo", viaClient(random.nextBoolean() ? "POST" : "PATCH",
                        COLLECTION + maybeId(), secretBait().getBytes(StandardCharsets.UTF_8), "application/json"));
                default -> check(problems, "large body", sent % 1000 == 9 ? tenMegabytes() : viaClient("PATCH",
                        COLLECTION + "/" + id, randomBytes(70_000 + random.nextInt(200_000)), "application/json"));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
        Http.Answer after = new Http(emulator.baseUri().resolve("/"), token).get(COLLECTION.substring(1) + "/" + id);
        assertEquals(200, after.status(), "the integration is still served: " + after.body());
        assertTrue(sent == REQUESTS, "requests sent: " + sent);
        for (String line : EMULATOR_LOG) {
            assertFalse(line.contains(SECRET), line);
            assertFalse(STACK_TRACE_MARKS.stream().anyMatch(line::contains), line);
        }
        for (String record : JUL_LOG) {
            assertFalse(record.contains(SECRET), record);
        }
    }

    /** A status line and the raw header and body text, or status -1 when the server closed without answering. */
    record Exchange(int status, String text) {
    }

    private void check(List<String> problems, String kind, Exchange exchange) {
        sent++;
        String where = kind + " #" + sent + " (HTTP " + exchange.status() + ")";
        if (exchange.status() >= 500) {
            problems.add(where + ": " + abbreviate(exchange.text()));
        }
        if (exchange.text().contains(SECRET)) {
            problems.add(where + ": the secret is in the response: " + abbreviate(exchange.text()));
        }
        STACK_TRACE_MARKS.stream().filter(exchange.text()::contains).findFirst()
                .ifPresent(mark -> problems.add(where + ": '" + mark.strip() + "' in " + abbreviate(exchange.text())));
        if (exchange.text().contains("{\"error\":") && exchange.text().contains("Exception")) {
            problems.add(where + ": an exception is named in " + abbreviate(exchange.text()));
        }
    }

    private Exchange viaClient(String method, String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(emulator.baseUri().resolve("/") + path.substring(1)))
                .header("Authorization", "Bearer " + token), method, body, contentType);
    }

    private Exchange viaClientWith(String authorization, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.baseUri().resolve(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, method, null, null);
    }

    private Exchange send(HttpRequest.Builder request, String method, byte[] body, String contentType) {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.timeout(Duration.ofSeconds(30)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange(response.statusCode(), response.headers().map() + "\n" + response.body());
        } catch (IOException e) {
            return new Exchange(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bytes straight onto a socket; the answer is read until the server closes or stays quiet for 10 s. */
    private Exchange raw(byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            return answer(socket.getInputStream());
        } catch (IOException e) {
            return new Exchange(-1, "");
        }
    }

    /** A 10 MB body announced by Content-Length: the answer must come before the body is read. */
    private Exchange tenMegabytes() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + COLLECTION + "/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (10 << 20) + "\r\n\r\n{\"displayName\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try {
                for (int written = 0; written < 10 << 20; written += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException refusedEarly) {
                // the server answered and closed before the body was sent: read that answer
            }
            Exchange exchange = answer(socket.getInputStream());
            if (exchange.status() != 413) {
                return new Exchange(exchange.status() < 0 ? 599 : exchange.status(), "10 MB body: expected 413, got " + exchange.text());
            }
            return exchange;
        } catch (IOException e) {
            return new Exchange(599, "10 MB body: " + e);
        }
    }

    private static Exchange answer(InputStream in) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0 && text.size() < 1 << 20; ) {
                text.write(buffer, 0, n);
                if (complete(text.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException closed) {
            // what arrived is the answer
        }
        String response = text.toString(StandardCharsets.ISO_8859_1);
        if (!response.startsWith("HTTP/1.1 ") || response.length() < 12) {
            return new Exchange(-1, response);
        }
        return new Exchange(Integer.parseInt(response.substring(9, 12)), response);
    }

    /** Headers and a body of the declared length have arrived (the server may keep the connection open). */
    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(response);
        return length.find() && response.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    private byte[] randomBytes(int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String randomMethod() {
        String[] methods = {"GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "get"};
        return methods[random.nextInt(methods.length)];
    }

    private String maybeId() {
        return random.nextBoolean() ? "" : "/" + id;
    }

    private byte[] deepJson(int depth) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private String hostileJson() {
        String[] bodies = {
            "{\"apiVersion\":1e999999}", "{\"apiVersion\":" + "9".repeat(5000) + "}", "{\"displayName\":\"" + "x".repeat(60_000) + "\"}",
            "{\"displayName\":\"a\",\"displayName\":\"b\"}", "{\"displayName\":NaN}", "/* comment */ {\"displayName\":\"x\"}",
            "\uFEFF{\"displayName\":\"bom\"}", "{\"displayName\":\"\\ud800\"}", "{\"isActive\":true} trailing", "",
            "null", "\"string\"", "12", "{\"supportedEntities\":\"" + "shift,".repeat(3000) + "\"}",
            "{\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":" + "[".repeat(40) + "]".repeat(40) + "}}",
            "{\"url\":\"javascript:alert(1)\"}", "{\"url\":\"file:///etc/passwd\"}", "{\"url\":\"http://169.254.169.254/latest\"}",
            "{\"@odata.type\":\"#microsoft.graph.user\"}", "{\"" + "k".repeat(10_000) + "\":1}",
            "{\"id\":\"../../journal.jsonl\"}", "{\"displayName\":\"\\u0000\\r\\nSet-Cookie: x=1\"}",
        };
        return bodies[random.nextInt(bodies.length)];
    }

    private String hostilePath() {
        String[] paths = {
            COLLECTION + "/../../../../etc/passwd", COLLECTION + "/..%2F..%2F..%2Fetc%2Fpasswd", COLLECTION + "/%2e%2e%2fjournal.jsonl",
            COLLECTION + "/..%5c..%5cwindows", COLLECTION + "/%00", COLLECTION + "/" + "a".repeat(20_000), COLLECTION + "/%ff%fe",
            COLLECTION + "/" + id + "/../" + id, COLLECTION + "?$top=99999999999", COLLECTION + "?$top=1&$skiptoken=" + "A".repeat(5000),
            COLLECTION + "?$skiptoken=c2VxOi0x", COLLECTION + "?$filter=';DROP%20TABLE", "/beta/teamwork/workforceIntegrations/%20",
            "/v2.0/teamwork/workforceIntegrations", "/_emulator/teams/..%2F..%2Fetc/simulate", "/_emulator/teams/" + "t".repeat(300) + "/simulate",
            "/", "/v1.0", "/v1.0/", "/v1.0/$metadata", "/%2e%2e/%2e%2e/", COLLECTION + "/" + id + "%0d%0aSet-Cookie:%20x=1",
        };
        return paths[random.nextInt(paths.length)];
    }

    private byte[] headerInjection() {
        String[] requests = {
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nclient-request-id: a\rSet-Cookie: x=1\r\n\r\n",
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nPrefer: include-unknown-enum-members\nX-Evil: 1\r\n\r\n",
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n client-request-id: folded\r\n\r\n",
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nX-Big: " + "b".repeat(200_000) + "\r\n\r\n",
            "GET " + COLLECTION + "/" + id + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nMS-APP-ACTS-AS: ../../x\r\n\r\n",
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: evil.example.com\r\nAuthorization: Bearer " + token + "\r\n\r\n",
            "POST " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
            "POST " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: -1\r\n\r\n{}",
            "GET " + COLLECTION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\u0000\r\n\r\n",
            "GET /v1.0/teamwork/workforceIntegrations HTTP/1.1\r\n" + "X-Many: 1\r\n".repeat(2000) + "\r\n",
            "GET " + COLLECTION + " HTTP/9.9\r\n\r\n", "GARBAGE\r\n\r\n", "GET " + COLLECTION + "\r\n\r\n",
        };
        return requests[random.nextInt(requests.length)].getBytes(StandardCharsets.ISO_8859_1);
    }

    private String hostileToken() {
        String[] tokens = {
            null, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + "x".repeat(10_000),
            "Bearer eyJhbGciOiJub25lIn0.eyJzY3AiOiJXb3JrZm9yY2VJbnRlZ3JhdGlvbi5SZWFkV3JpdGUuQWxsIn0.",
            "Bearer " + token.substring(0, token.length() - 2), "Bearer " + token + "x", "bearer " + token.replace('.', '!'),
            "Bearer a.b.c", "Bearer ...", "Bearer " + new String(randomBytes(40), StandardCharsets.ISO_8859_1).replaceAll("[^!-~]", "x"),
        };
        return tokens[random.nextInt(tokens.length)];
    }

    private String hostileMediaType() {
        String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=ebcdic", "application/json; charset=utf-16", "*/*", "application/merge-patch+json", "garbage"};
        return types[random.nextInt(types.length)];
    }

    /** Bodies that carry the stored secret where a careless message would quote it back. */
    private String secretBait() {
        String[] bodies = {
            "{\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":\"" + SECRET + "x\"}}",
            "{\"encryption\":{\"protocol\":\"" + SECRET + "\"}}", "{\"encryption\":\"" + SECRET + "\"}",
            "{\"displayName\":" + SECRET + "}", "{\"" + SECRET + "\":1}", "{\"supportedEntities\":\"" + SECRET + "\"}",
            "{\"encryption\":{\"secret\":" + SECRET.substring(0, 10).replaceAll("[^0-9]", "1") + "}}",
            "{\"url\":\"" + SECRET + "\"}", "{\"encryption\":{\"secret\":\"" + SECRET + "\",\"extra\":1}}",
        };
        return bodies[random.nextInt(bodies.length)];
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
