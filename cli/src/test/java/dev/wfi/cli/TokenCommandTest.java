package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDelegatedTokenCarriesScpAndTheEmulatorSharingItsKeyAcceptsIt() throws Exception {
        Path key = dir.resolve("signing.key");
        Run token = Run.wfi(new Wfi(), "token", "--scopes", "WorkforceIntegration.Read.All,WorkforceIntegration.ReadWrite.All",
                "--key-file", key.toString());

        assertEquals(0, token.exitCode(), token.err());
        assertEquals("", token.err());
        JsonNode claims = claims(token.out());
        assertEquals("WorkforceIntegration.Read.All WorkforceIntegration.ReadWrite.All", claims.path("scp").asText());
        assertFalse(claims.has("roles"));
        assertEquals("https://graph.microsoft.com", claims.path("aud").asText());
        assertEquals(3600, claims.path("exp").asLong() - claims.path("iat").asLong());
        try (ServeCommandTest.Serving serving = ServeCommandTest.Serving.start("--port", "0", "--key-file", key.toString())) {
            assertEquals(200, status(serving, token.out().strip()));
            assertEquals(401, status(serving, Run.wfi(new Wfi(), "token", "--scopes", "WorkforceIntegration.ReadWrite.All",
                    "--key-file", dir.resolve("another.key").toString()).out().strip()));
        }
    }

    @Test
    void anApplicationTokenCarriesRoles() throws Exception {
        Run token = Run.wfi(new Wfi(), "token", "--app", "--scopes", "WorkforceIntegration.Read.All", "--lifetime", "5",
                "--data", dir.toString());

        JsonNode claims = claims(token.out());
        assertEquals("[\"WorkforceIntegration.Read.All\"]", claims.path("roles").toString());
        assertFalse(claims.has("scp"));
        assertEquals(300, claims.path("exp").asLong() - claims.path("iat").asLong());
        assertTrue(Files.exists(dir.resolve("signing.key")), "--data DIR keeps the key in DIR, where wfi serve --data looks");
    }

    @Test
    void scopesAreRequired() {
        Run run = Run.wfi(new Wfi(), "token", "--key-file", dir.resolve("k").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: Missing required option: '--scopes=SCOPE'"), run.err());
    }

    @Test
    void anUnreadableKeyFileIsOneLineAndExit2() throws Exception {
        Path key = Files.writeString(dir.resolve("broken.key"), "not base64 at all!\n");

        Run run = Run.wfi(new Wfi(), "token", "--scopes", "WorkforceIntegration.Read.All", "--key-file", key.toString());

        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + key + ": not a signing key (expected base64 of 32 bytes)\n", run.err());
    }

    private static int status(ServeCommandTest.Serving serving, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(serving.base().resolve("teamwork/workforceIntegrations"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode claims(String jwt) throws Exception {
        String[] parts = jwt.strip().split("\\.");
        assertEquals(3, parts.length, jwt);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
