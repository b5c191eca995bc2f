package dev.wfi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.crypto.CallbackRejectedException;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wfi simulate}: play Shifts' encrypted callbacks against a WFM endpoint and judge its answers by the contract. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Play Shifts against a WFM connector: encrypted callbacks, answers checked against the contract.",
            "Exit 0 when the endpoint follows the protocol, 1 when it violates it, 2 for a usage or I/O error."})
final class SimulateCommand implements Callable<Integer> {

    enum Format { terminal, json }

    enum ScenarioChoice { connect, shifts, swap, timecards, read, all }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The integration's url; requests go to URL/v{api-version}/...")
    String url;

    @Option(names = "--api-version", defaultValue = "1", paramLabel = "N", description = "The integration's apiVersion (default 1).")
    int apiVersion;

    @Option(names = "--secret-file", required = true, paramLabel = "FILE",
            description = "The integration's encryption secret: 64 bytes of UTF-8, one line.")
    Path secretFile;

    @Option(names = "--team", required = true, paramLabel = "TEAM_ID", description = "The team id in the callback paths.")
    String team;

    @Option(names = "--scenario", defaultValue = "all", paramLabel = "NAME",
            description = "connect, shifts, swap, timecards, read or all (default).")
    ScenarioChoice scenario;

    @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "Rounds of the scenarios (default 1).")
    int count;

    @Option(names = "--format", defaultValue = "terminal", paramLabel = "FORMAT", description = "terminal (default) or json.")
    Format format;

    @Option(names = "--integration-id", defaultValue = "c5d0c76b-80c4-481c-be50-923cd8d680a1", paramLabel = "ID",
            description = "The workforceIntegration id sent as X-MS-WFMPassthrough on the passthrough request.")
    String integrationId;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Per-request timeout (default 10).")
    int timeoutSeconds;

    private final Terminal terminal;

    SimulateCommand() {
        this(Terminal.detect());
    }

    SimulateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || apiVersion < 1 || timeoutSeconds < 1) {
            return usage(err, "--count, --api-version and --timeout must be at least 1");
        }
        URI base;
        try {
            base = URI.create(url.replaceAll("/+$", "") + "/v" + apiVersion);
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                return usage(err, "--url must be an http or https URL, was '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            return usage(err, "--url is not a URL: " + url);
        }
        CallbackCipher cipher;
        try {
            cipher = CallbackCipher.forSecret(readSecret(secretFile));
        } catch (IOException e) {
            return usage(err, secretFile + ": " + Failure.describe(e));
        } catch (CallbackRejectedException e) {
            return usage(err, secretFile + ": " + e.getMessage());
        }
        List<SimulateScenario> scenarios = scenario == ScenarioChoice.all ? List.of(SimulateScenario.values())
                : List.of(SimulateScenario.valueOf(scenario.name().toUpperCase()));
        Contract contract = Contract.bundled();
        // HTTP/1.1: the default h2c upgrade attempt costs a round trip per connection and most WFM stacks refuse it
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        SimulateReport report = new SimulateReport();
        long start = System.nanoTime();
        for (int round = 0; round < count; round++) {
            Instant expires = Instant.now().plusSeconds(60);
            for (SimulateScenario s : scenarios) {
                report.scenario(s);
                for (SimulateExchange exchange : s.exchanges(contract, team, integrationId, round, expires)) {
                    try {
                        play(http, cipher, contract, base, s, exchange, report);
                    } catch (ConnectException e) {
                        err.println("wfi: " + base + ": cannot connect (" + Failure.describe(e) + ")");
                        err.flush();
                        return Wfi.USER_ERROR;
                    }
                }
            }
        }
        report.elapsed(System.nanoTime() - start);
        if (format == Format.json) {
            report.printJson(out, base.toString());
        } else {
            report.printTerminal(out, base.toString(), terminal.colour());
        }
        out.flush();
        return report.passed() ? Wfi.OK : Wfi.FINDINGS;
    }

    private void play(HttpClient http, CallbackCipher cipher, Contract contract, URI base, SimulateScenario scenario,
            SimulateExchange exchange, SimulateReport report) throws ConnectException {
        byte[] frame = cipher.encrypt(exchange.body().toString().getBytes(StandardCharsets.UTF_8));
        if (exchange.tampered()) {
            frame[frame.length - 3] ^= 0x01; // the tag's last byte: the payload's and the envelope's BT_STOP follow it
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + exchange.path()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-us")
                .POST(HttpRequest.BodyPublishers.ofByteArray(frame));
        if (exchange.passthrough() != null) {
            request.header("X-MS-WFMPassthrough", exchange.passthrough());
        }
        String where = "POST " + base.getPath() + exchange.path() + " (" + exchange.label() + ")";
        HttpResponse<String> response;
        long sent = System.nanoTime();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            report.sent(scenario, System.nanoTime() - sent);
            report.fail(scenario, where + ": no answer within " + timeoutSeconds + " s");
            return;
        } catch (IOException e) {
            report.sent(scenario, System.nanoTime() - sent);
            report.fail(scenario, where + ": " + Failure.describe(e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.fail(scenario, where + ": interrupted");
            return;
        }
        report.sent(scenario, System.nanoTime() - sent);
        for (String violation : violations(contract, exchange, response)) {
            report.fail(scenario, where + ": " + violation);
        }
    }

    /** What is wrong with the answer to one exchange, by the contract; empty when nothing is. */
    static List<String> violations(Contract contract, SimulateExchange exchange, HttpResponse<String> response) {
        int status = response.statusCode();
        if (exchange.tampered()) {
            return status == 200 ? List.of("HTTP 200 for a body with a corrupted tag: the endpoint does not check the encryption")
                    : List.of();
        }
        if (status != 200) {
            String why = exchange.isBatch() ? ", expected 200 (per-item outcomes belong in the body)" : ", expected 200 to accept the connection";
            return List.of("HTTP " + status + why + snippet(response.body()));
        }
        if (!exchange.isBatch()) {
            return List.of();
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            return List.of("the body is not JSON" + snippet(response.body()));
        }
        List<String> violations = new ArrayList<>();
        if (body == null || body.isMissingNode()) {
            return List.of("the body is empty, expected a wfmBatchResponse");
        }
        for (SchemaViolation violation : contract.validate("wfmBatchResponse", body)) {
            violations.add("wfmBatchResponse: " + violation.message());
        }
        JsonNode responses = body.path("responses");
        if (!responses.isArray()) {
            return violations.isEmpty() ? List.of("no 'responses' array") : violations;
        }
        Map<String, Integer> statuses = new HashMap<>();
        Set<String> expected = new HashSet<>(exchange.ids());
        for (JsonNode item : responses) {
            String id = item.path("id").asText(null);
            if (id == null) {
                continue; // the schema check reported it
            }
            if (!expected.contains(id)) {
                violations.add("answers id " + id + ", which was not requested");
            } else if (statuses.put(id, item.path("status").asInt()) != null) {
                violations.add("answers id " + id + " more than once");
            }
            if (exchange.isRead() && item.path("status").asInt() == 200 && !item.path("body").path("data").isArray()) {
                violations.add("item " + id + ": an approved read carries no body.data list of eligible ids");
            }
        }
        for (String id : exchange.ids()) {
            if (!statuses.containsKey(id)) {
                violations.add("no response for request id " + id);
            }
        }
        if (exchange.whole() && statuses.size() == exchange.ids().size()
                && statuses.values().stream().map(s -> s == 200).distinct().count() > 1) {
            violations.add("the transaction is approved in part " + statuses + "; its items must be approved or rejected together");
        }
        return violations;
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() > 120 ? line.substring(0, 120) + "..." : line);
    }

    /** The secret as a file holds it: one line, its line break not part of it. */
    static String readSecret(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("wfi: " + message);
        err.flush();
        return Wfi.USER_ERROR;
    }
}
