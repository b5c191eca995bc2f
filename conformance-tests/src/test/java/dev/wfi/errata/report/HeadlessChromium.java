package dev.wfi.errata.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket on loopback, the JDK's own client): open a page at
 * a window width, read what its console and CSP reported, evaluate an expression, take a screenshot. Every wait is
 * bounded; {@link #close()} ends the browser and removes its profile.
 */
final class HeadlessChromium implements AutoCloseable {

    /** The names Debian, Ubuntu and Google give the browser's command. */
    static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<CompletableFuture<Void>> loads = new ArrayList<>();
    private String session;

    /** The browser on the PATH (or named by -Dwfi.chromium), if there is one. */
    static Optional<Path> find() {
        String named = System.getProperty("wfi.chromium");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .flatMap(dir -> COMMANDS.stream().map(command -> Path.of(dir, command)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static HeadlessChromium start(Path browser) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("wfi-chromium");
        List<String> command = List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                // nothing leaves the machine: the report is a file, and any request the browser makes dies at this proxy
                "--proxy-server=127.0.0.1:9", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return new HeadlessChromium(process, profile, devToolsUrl(process));
        } catch (IOException | RuntimeException | InterruptedException failed) {
            process.destroyForcibly();
            deleteTree(profile);
            throw failed;
        }
    }

    /** The browser's DevTools URL, from the line it prints on stderr when it listens; the rest of stderr is drained. */
    private static URI devToolsUrl(Process process) throws IOException, InterruptedException {
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(URI.create(m.group(1)));
                    } else if (!url.isDone() && seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
                url.completeExceptionally(new IOException("the browser ended without a DevTools URL:\n" + seen));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return url.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the browser printed no DevTools URL within " + WAIT.toSeconds() + " s");
        }
    }

    private HeadlessChromium(Process process, Path profile, URI devTools) throws IOException, InterruptedException {
        this.process = process;
        this.profile = profile;
        this.socket = await(HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(devTools, new Listener()));
        String target = call("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = null;
        String attached = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        session = attached;
        for (String domain : List.of("Page", "Runtime", "Log")) {
            call(domain + ".enable", Map.of());
        }
    }

    /** Opens {@code page} in a window {@code width} CSS pixels wide and waits for its load event; problems start afresh. */
    void open(URI page, int width, int height) throws IOException, InterruptedException {
        synchronized (problems) {
            problems.clear();
        }
        call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        synchronized (loads) {
            loads.add(loaded);
        }
        JsonNode navigated = call("Page.navigate", Map.of("url", page.toString()));
        if (navigated.hasNonNull("errorText")) {
            throw new IOException("the browser could not open " + page + ": " + navigated.get("errorText").asText());
        }
        await(loaded);
    }

    /**
     * What went wrong on the pages opened so far: uncaught script errors, console errors, errors the browser logged
     * (a script or resource the content security policy refused among them) and JavaScript dialogs that opened.
     */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /**
     * Evaluates a JavaScript expression in the page (DevTools evaluation, which no page policy restricts), waiting for
     * it when it is a promise.
     */
    JsonNode evaluate(String expression) throws IOException, InterruptedException {
        JsonNode result = call("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluating " + expression + " failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** A PNG of the page's top {@code height} pixels at the window's width. */
    byte[] screenshot(int width, int height) throws IOException, InterruptedException {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return java.util.Base64.getDecoder().decode(shot.path("data").asText());
    }

    private JsonNode call(String method, Map<String, Object> params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        await(socket.sendText(JSON.writeValueAsString(message), true));
        JsonNode reply = await(answer);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void event(JsonNode message) {
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Runtime.exceptionThrown" -> problem("script error: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if (List.of("error", "assert").contains(params.path("type").asText())) {
                    problem("console." + params.path("type").asText() + ": " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText())) {
                    problem(entry.path("source").asText() + " error: " + entry.path("text").asText());
                }
            }
            case "Page.javascriptDialogOpening" -> {
                problem("a script opened a " + params.path("type").asText() + " dialog: " + params.path("message").asText());
                // answered from the reader thread without waiting, so the page is not left blocked on it
                ObjectNode dismiss = JSON.createObjectNode().put("id", ids.incrementAndGet())
                        .put("method", "Page.handleJavaScriptDialog").put("sessionId", session);
                dismiss.putObject("params").put("accept", false);
                socket.sendText(dismiss.toString(), true);
            }
            case "Page.loadEventFired" -> {
                synchronized (loads) {
                    loads.forEach(load -> load.complete(null));
                    loads.clear();
                }
            }
            default -> {
            }
        }
    }

    private void problem(String text) {
        synchronized (problems) {
            problems.add(text);
        }
    }

    private static <T> T await(CompletionStage<T> stage) throws IOException, InterruptedException {
        try {
            return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the browser did not answer within " + WAIT.toSeconds() + " s");
        }
    }

    /** Reassembles the socket's text frames into messages: answers complete their calls, the rest are events. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> call = pending.remove(message.get("id").asInt());
                        if (call != null) {
                            call.complete(message);
                        }
                    } else {
                        event(message);
                    }
                } catch (IOException unreadable) {
                    problem("unreadable DevTools message: " + unreadable.getMessage());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException leftBehind) {
            // a temporary profile left behind costs disk space, not correctness
        }
    }
}
