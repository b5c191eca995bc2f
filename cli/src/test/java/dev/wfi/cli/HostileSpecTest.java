package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probe's hostile specs (issue 14, defects 2, 3, 6 and 8), in spec-checks/src/test/resources/hostile: each ends in
 * a finding or one {@code wfi: <path>: <cause>} line with exit 2, never a stack trace, an HTTP request, a read outside
 * the spec's directory, or a diff invented for a spec that does not parse.
 */
class HostileSpecTest {

    private static final Path HOSTILE = Path.of("../spec-checks/src/test/resources/hostile");
    private static final Path CLEAN = Path.of("../spec-checks/src/test/resources/lint/clean.yaml");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void anAliasBombIsRefusedBeforeItExpands() {
        Path bomb = HOSTILE.resolve("alias-bomb.yaml");
        Run run = Run.wfi(new Wfi(), "lint", bomb.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("wfi: " + bomb + ": refused: its aliases expand to more than 1000000 nodes (a YAML alias bomb); "
                + "refused before expanding them\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void diffOfAnAliasBombIsExit2AndInventsNoChange() {
        Path bomb = HOSTILE.resolve("alias-bomb.yaml");
        Run run = Run.wfi(new Wfi(), "diff", CLEAN.toString(), bomb.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("wfi: " + bomb + ": refused: its aliases expand"), run.err());
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefused() {
        Path loop = HOSTILE.resolve("recursive-alias.yaml");
        Run run = Run.wfi(new Wfi(), "lint", loop.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("wfi: " + loop + ": refused: an alias refers to a node that contains it\n", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"allof-cycle.yaml:a -> b -> a", "ref-cycle-with-example.yaml:node -> other -> node"})
    void schemasMadeOfEachOtherAreAFindingNotAStackOverflow(String fixtureAndCycle) {
        String[] parts = fixtureAndCycle.split(":");
        Path spec = HOSTILE.resolve(parts[0]);
        Run run = Run.wfi(new Wfi(), "lint", spec.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("error    WFI-SPEC-PARSER  contract " + spec + ": the schemas " + parts[1]
                + " are made of each other through $ref, allOf, oneOf, anyOf or not alone"), run.out());
    }

    @Test
    void aRemoteRefIsAFindingAndIsNotFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = itemServer(requests);
        try {
            Path spec = remoteRefSpec(server);
            Run run = Run.wfi(new Wfi(), "lint", spec.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains(spec + ":14:24  error    WFI-SPEC-REF  $ref 'http://127.0.0.1:"
                    + server.getAddress().getPort() + "/item.yaml#/item' is remote: wfi does not fetch it unless run with "
                    + "--allow-remote-refs"), run.out());
            assertEquals(0, requests.get());

            Run diff = Run.wfi(new Wfi(), "diff", CLEAN.toString(), spec.toString());
            assertEquals(2, diff.exitCode(), diff.out() + diff.err());
            assertTrue(diff.err().startsWith("wfi: " + spec + ": line 14: $ref 'http://127.0.0.1:"), diff.err());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void allowRemoteRefsFetchesThem() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = itemServer(requests);
        try {
            Path spec = remoteRefSpec(server);
            Run run = Run.wfi(new Wfi(), "lint", "--allow-remote-refs", spec.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertFalse(run.out().contains("WFI-SPEC-REF"), run.out());
            assertTrue(requests.get() > 0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLocalRefOutsideTheSpecsDirectoryIsAFinding() throws Exception {
        Path spec = HOSTILE.resolve("refs/outside-ref.yaml");
        Run run = Run.wfi(new Wfi(), "lint", spec.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String directory = HOSTILE.resolve("refs").toRealPath().toString();
        assertTrue(run.out().contains(spec + ":14:24  error    WFI-SPEC-REF  $ref '../outside/secret.yaml#/secret' points "
                + "outside the spec's directory " + directory + ": wfi reads no file there"), run.out());
        assertTrue(run.out().contains("  error    WFI-SPEC-REF  $ref '/etc/passwd' points outside"), run.out());
        assertFalse(run.out().contains("WFI-SPEC-PARSER"), "swagger-parser never saw it: " + run.out());
    }

    /** The working directory of the tests is cli/, not the spec's: the ref resolved there before. */
    @Test
    void aRelativeRefResolvesAgainstTheSpecsOwnDirectory() {
        Path spec = HOSTILE.resolve("refs/relative-ref.yaml").toAbsolutePath().normalize();
        Run run = Run.wfi(new Wfi(), "lint", spec.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("0 errors"), run.out());

        Run diff = Run.wfi(new Wfi(), "diff", spec.toString(), spec.toString());
        assertEquals(0, diff.exitCode(), diff.out() + diff.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    void aDeviceThatNeverEndsIsOneLineNotAnOutOfMemoryError(String device) {
        assumeTrue(Files.exists(Path.of(device)), device + " exists on Linux and macOS only");
        for (String[] args : new String[][] {{"lint", device}, {"diff", device, CLEAN.toString()},
            {"validate", "--schema", "workforceIntegration", device}}) {
            Run run = Run.wfi(new Wfi(), args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
            assertEquals("wfi: " + device + ": larger than 16 MiB, the most wfi reads of one file\n", run.err(),
                    String.join(" ", args));
        }
    }

    @Test
    void oneUnreadableSpecDoesNotStopTheOthersAndTheReportsNameIt() throws Exception {
        Path missing = temp.resolve("missing.yaml");
        Run json = Run.wfi(new Wfi(), "lint", "--format", "json", missing.toString(), CLEAN.toString());
        assertEquals(2, json.exitCode(), json.out() + json.err());
        assertEquals("wfi: " + missing + ": no such file or directory\n", json.err());
        JsonNode report = MAPPER.readTree(json.out());
        assertEquals(CLEAN.toString(), report.at("/files/0").asText(), json.out());
        assertEquals(missing.toString(), report.at("/notRead/0/path").asText(), json.out());
        assertEquals("no such file or directory", report.at("/notRead/0/cause").asText(), json.out());

        Run sarif = Run.wfi(new Wfi(), "lint", "--format", "sarif", missing.toString(), CLEAN.toString());
        assertEquals(2, sarif.exitCode());
        JsonNode notification = MAPPER.readTree(sarif.out()).at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertEquals("no such file or directory", notification.at("/message/text").asText(), sarif.out());
        assertEquals(missing.toUri().toString(), notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    private Path remoteRefSpec(HttpServer server) throws Exception {
        Path spec = temp.resolve("remote-ref.yaml");
        Files.writeString(spec, Files.readString(HOSTILE.resolve("refs/remote-ref.yaml"))
                .replace("PORT", String.valueOf(server.getAddress().getPort())));
        return spec;
    }

    private static HttpServer itemServer(AtomicInteger requests) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = Files.readString(HOSTILE.resolve("refs/parts/item.yaml")).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
