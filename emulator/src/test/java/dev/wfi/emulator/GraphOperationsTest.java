package dev.wfi.emulator;

import static dev.wfi.emulator.Http.READ;
import static dev.wfi.emulator.Http.READ_WRITE;
import static dev.wfi.emulator.Http.SECRET;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Graph operations as the contract states them, over HTTP on loopback. */
class GraphOperationsTest {
    static final String COLLECTION = "v1.0/teamwork/workforceIntegrations";

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, READ_WRITE);
    }


    @Test
    void createAnswers201WithLocationServerSetPropertiesAndANullSecret() {
        Http.Answer created = graph.post(COLLECTION, Http.integration("Contoso", false, "https://wfm.example.com/contoso"));

        JsonNode body = created.json();
        String id = body.path("id").asText();
        assertAll(
                () -> assertEquals(201, created.status(), created.body()),
                () -> assertEquals(emulator.baseUri() + "teamwork/workforceIntegrations/" + id, created.header("Location")),
                () -> assertEquals(36, id.length(), "a generated GUID: " + id),
                () -> assertTrue(body.path("createdDateTime").isTextual(), body::toString),
                () -> assertEquals(body.path("createdDateTime"), body.path("lastModifiedDateTime")),
                () -> assertEquals(EmulatorIdentity.USER_ID, body.path("lastModifiedBy").path("user").path("id").asText()),
                () -> assertEquals("sharedSecret", body.path("encryption").path("protocol").asText()),
                () -> assertTrue(body.path("encryption").has("secret") && body.path("encryption").get("secret").isNull(), body::toString),
                () -> assertFalse(created.body().contains(SECRET)),
                () -> assertEquals(emulator.baseUri() + "$metadata#teamwork/workforceIntegrations/$entity",
                        body.path("@odata.context").asText()));
    }

    @Test
    void getReadsBackWhatWasCreatedWithoutTheSecret() {
        String id = graph.create(Http.integration("Contoso get", false, "https://wfm.example.com/get"));

        Http.Answer read = graph.get(COLLECTION + "/" + id);

        assertEquals(200, read.status(), read.body());
        assertEquals("Contoso get", read.json().path("displayName").asText());
        assertTrue(read.json().path("encryption").get("secret").isNull(), read.body());
    }

    @Test
    void anUnknownIdIsA404ODataError() {
        Http.Answer missing = graph.get(COLLECTION + "/c5d0c76b-80c4-481c-be50-923cd8d680a1");

        assertEquals(404, missing.status());
        assertEquals("itemNotFound", missing.json().path("error").path("code").asText());
        assertTrue(missing.json().path("error").path("innerError").has("request-id"), missing.body());
    }

    @Test
    void patchChangesOnlyThePropertiesSentAndAnswers200WithTheIntegration() {
        String id = graph.create(Http.integration("Before", false, "https://wfm.example.com/patch"));

        Http.Answer patched = graph.patch(COLLECTION + "/" + id, "{\"displayName\":\"After\",\"supportedEntities\":\"Shift,OpenShift\"}");
        JsonNode read = graph.get(COLLECTION + "/" + id).json();

        assertEquals(200, patched.status(), patched.body());
        for (JsonNode after : List.of(patched.json(), read)) {
            assertAll(
                    () -> assertEquals("After", after.path("displayName").asText()),
                    () -> assertEquals("shift,openShift", after.path("supportedEntities").asText(), "canonical flag set"),
                    () -> assertEquals("https://wfm.example.com/patch", after.path("url").asText(), "not sent, kept"),
                    () -> assertEquals(1, after.path("apiVersion").asInt(), "not sent, kept"),
                    () -> assertEquals("sharedSecret", after.path("encryption").path("protocol").asText(), "not sent, kept"));
        }
    }

    @Test
    void patchSetsAPropertySentAsNullToNull() {
        String id = graph.create(Http.integration("Nullable", false, "https://wfm.example.com/null"));

        JsonNode patched = graph.patch(COLLECTION + "/" + id, "{\"url\":null}").json();

        assertTrue(patched.get("url").isNull(), patched::toString);
        assertEquals("Nullable", patched.path("displayName").asText());
    }

    @Test
    void deleteAnswers204AndTheIntegrationIsGone() {
        String id = graph.create(Http.integration("Deleted", false, "https://wfm.example.com/delete"));

        Http.Answer deleted = graph.delete(COLLECTION + "/" + id);

        assertEquals(204, deleted.status());
        assertEquals("", deleted.body());
        assertEquals(404, graph.get(COLLECTION + "/" + id).status());
        assertEquals(404, graph.delete(COLLECTION + "/" + id).status());
    }

    @Test
    void listIsAnODataCollectionPagedByTopAndNextLink() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            mine.add(graph.create(Http.integration("Page " + i, false, "https://wfm.example.com/page")));
        }
        List<String> seen = new ArrayList<>();
        String next = COLLECTION + "?$top=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = graph.get(next).json();
            assertTrue(page.path("value").size() <= 2, page::toString);
            page.path("value").forEach(item -> {
                seen.add(item.path("id").asText());
                assertTrue(item.path("encryption").get("secret").isNull(), item::toString);
            });
            JsonNode link = page.get("@odata.nextLink");
            next = link == null ? null : emulator.baseUri().resolve("/").relativize(java.net.URI.create(link.asText())).toString();
            pages++;
        }
        assertTrue(seen.containsAll(mine), () -> "listed " + seen + ", missing some of " + mine);
        assertEquals(seen.size(), Set.copyOf(seen).size(), () -> "listed twice: " + seen);
        assertEquals((seen.size() + 1) / 2, pages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$top=0", "$top=-3", "$top=many", "$skiptoken=forged"})
    void aBadPagingParameterIs400NamingIt(String query) {
        Http.Answer answer = graph.get(COLLECTION + "?" + query);

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.message().contains(query.substring(0, query.indexOf('='))), answer.message());
    }

    @Test
    void evolvableMembersAreAnsweredAsUnknownFutureValueUnlessPreferAsksForThem() {
        String prefer = "include-unknown-enum-members";
        String id = graph.post(COLLECTION, "{\"displayName\":\"Evolvable\",\"supportedEntities\":\"shift,timeCard,timeOff\"}",
                "Prefer", prefer).json().path("id").asText();

        Http.Answer plain = graph.get(COLLECTION + "/" + id);
        Http.Answer preferred = graph.get(COLLECTION + "/" + id, "Prefer", prefer);

        assertEquals("shift,unknownFutureValue", plain.json().path("supportedEntities").asText());
        assertNull(plain.header("Preference-Applied"));
        assertEquals("shift,timeCard,timeOff", preferred.json().path("supportedEntities").asText());
        assertEquals(prefer, preferred.header("Preference-Applied"));
    }

    @Test
    void anEvolvableMemberInARequestNeedsPrefer() {
        Http.Answer refused = graph.post(COLLECTION, "{\"displayName\":\"x\",\"eligibilityFilteringEnabledEntities\":\"timeOffReason\"}");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.message().contains("eligibilityFilteringEnabledEntities"), refused.message());
        assertTrue(refused.message().contains("Prefer: include-unknown-enum-members"), refused.message());
    }

    @Test
    void supportsExistsOnlyInBeta() {
        String id = graph.create("{\"displayName\":\"Beta\"}");

        Http.Answer v1 = graph.patch(COLLECTION + "/" + id, "{\"supports\":\"shift\"}");
        Http.Answer beta = graph.patch("beta/teamwork/workforceIntegrations/" + id, "{\"supports\":\"shift\"}");

        assertEquals(400, v1.status(), v1.body());
        assertTrue(v1.message().contains("/supports"), v1.message());
        assertEquals(200, beta.status(), beta.body());
        assertEquals("shift", beta.json().path("supports").asText());
        assertFalse(graph.get(COLLECTION + "/" + id).json().has("supports"), "v1.0 answers without it");
    }

    @Test
    void eachVersionAndPreferGetsItsOwnAnswerFromOneStoredIntegration() {
        String prefer = "include-unknown-enum-members";
        String beta = "beta/teamwork/workforceIntegrations";
        String id = graph.post(beta, "{\"displayName\":\"Variants\",\"supports\":\"shift\",\"supportedEntities\":\"shift,timeCard\"}",
                "Prefer", prefer).json().path("id").asText();

        for (int round = 1; round <= 2; round++) { // the second round reads what the first one rendered
            JsonNode v1 = graph.get(COLLECTION + "/" + id).json();
            JsonNode v1Preferred = graph.get(COLLECTION + "/" + id, "Prefer", prefer).json();
            JsonNode betaPlain = graph.get(beta + "/" + id).json();
            JsonNode betaPreferred = graph.get(beta + "/" + id, "Prefer", prefer).json();

            String in = "round " + round;
            assertEquals("shift,unknownFutureValue", v1.path("supportedEntities").asText(), in);
            assertFalse(v1.has("supports"), in);
            assertEquals("shift,timeCard", v1Preferred.path("supportedEntities").asText(), in);
            assertFalse(v1Preferred.has("supports"), in);
            assertEquals("shift,unknownFutureValue", betaPlain.path("supportedEntities").asText(), in);
            assertEquals("shift", betaPlain.path("supports").asText(), in);
            assertEquals("shift,timeCard", betaPreferred.path("supportedEntities").asText(), in);
            assertTrue(betaPreferred.path("@odata.context").asText().contains("/beta/$metadata#"), in);
        }
        graph.patch(COLLECTION + "/" + id, "{\"displayName\":\"Changed\"}");
        assertEquals("Changed", graph.get(beta + "/" + id, "Prefer", prefer).json().path("displayName").asText(),
                "a write is a new revision, answered afresh");
    }

    @Test
    void theODataTypeAnnotationThatSdksSendIsAccepted() {
        Http.Answer created = graph.post(COLLECTION, "{\"@odata.type\":\"#microsoft.graph.workforceIntegration\",\"displayName\":\"SDK\"}");

        assertEquals(201, created.status(), created.body());
        assertFalse(created.json().has("@odata.type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"mine\"}", "{\"createdDateTime\":\"2024-01-01T00:00:00Z\"}",
        "{\"lastModifiedBy\":{\"user\":{\"id\":\"u\"}}}"})
    void aReadOnlyPropertyIs400NamingIt(String body) {
        String property = body.substring(2, body.indexOf('"', 2));

        Http.Answer refused = graph.post(COLLECTION, body);

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.message().contains("/" + property + ": read-only"), refused.message());
        assertEquals(property, refused.json().path("error").path("target").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"})
    void aSecretThatIsNot64CharactersIs400NamingItWithoutRepeatingIt(String secret) {
        Http.Answer refused = graph.post(COLLECTION, "{\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":\"" + secret + "\"}}");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.message().contains("/encryption/secret"), refused.message());
        assertFalse(refused.body().contains(secret), refused.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"isActive\":\"yes\"}|/isActive", "{\"apiVersion\":0}|/apiVersion",
        "{\"supportedEntities\":\"shift,lunchBreak\"}|'lunchBreak'", "{\"encryption\":{\"protocol\":\"rot13\"}}|/encryption/protocol",
        "{\"url\":\"not a url\"}|/url", "{\"colour\":\"blue\"}|'colour'", "{\"displayName\":|not valid JSON", "[1]|JSON object"})
    void anInvalidBodyIs400NamingTheProperty(String caseAndExpected) {
        String[] parts = caseAndExpected.split("\\|");

        Http.Answer refused = graph.post(COLLECTION, parts[0]);

        assertEquals(400, refused.status(), refused.body());
        assertEquals("BadRequest", refused.json().path("error").path("code").asText());
        assertTrue(refused.message().contains(parts[1]), refused.message());
    }

    @Test
    void withoutATokenOrWithABadOneTheAnswerIs401() {
        Http anonymous = graph.as(null);
        Http forged = graph.as("eyJhbGciOiJub25lIn0.eyJzY3AiOiJXb3JrZm9yY2VJbnRlZ3JhdGlvbi5SZWFkV3JpdGUuQWxsIn0.");
        Http expired = graph.as(emulator.tokens().issue(Set.of(READ_WRITE), false, Duration.ofSeconds(-120)));

        for (Http client : List.of(anonymous, forged, expired)) {
            Http.Answer refused = client.get(COLLECTION);
            assertEquals(401, refused.status(), refused.body());
            assertEquals("InvalidAuthenticationToken", refused.json().path("error").path("code").asText());
            assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));
        }
    }

    @Test
    void aTokenFromAnotherKeyIs401(@TempDir Path dir) throws Exception {
        TokenIssuer stranger = TokenIssuer.forKeyFile(dir.resolve("other.key"));

        Http.Answer refused = graph.as(stranger.issue(Set.of(READ_WRITE), true)).get(COLLECTION);

        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.message().contains("signature"), refused.message());
    }

    @Test
    void readAllGetsAndListsButCannotWrite() {
        String id = graph.create("{\"displayName\":\"Read only\"}");
        for (boolean application : new boolean[] {false, true}) {
            Http reader = graph.as(emulator.tokens().issue(Set.of(READ), application));

            assertEquals(200, reader.get(COLLECTION + "/" + id).status());
            assertEquals(200, reader.get(COLLECTION).status());
            Http.Answer patch = reader.patch(COLLECTION + "/" + id, "{\"displayName\":\"no\"}");
            assertEquals(403, patch.status(), patch.body());
            assertTrue(patch.message().contains(READ_WRITE), patch.message());
            assertEquals(403, reader.post(COLLECTION, "{}").status());
            assertEquals(403, reader.delete(COLLECTION + "/" + id).status());
        }
    }

    @Test
    void aReaderIsRefusedBeforeItsBodyIsLookedAt() {
        Http reader = graph.as(emulator.tokens().issue(Set.of(READ), true));

        Http.Answer refused = reader.post(COLLECTION, "{\"displayName\":");

        assertEquals(403, refused.status(), refused.body());
    }

    @Test
    void anApplicationTokenWritesAndIsNamedAsTheModifier() {
        Http app = graph.as(emulator.tokens().issue(Set.of(READ_WRITE), true));

        JsonNode created = app.post(COLLECTION, "{\"displayName\":\"By app\"}").json();

        assertEquals(EmulatorIdentity.APP_ID, created.path("createdBy").path("application").path("id").asText(), created::toString);
        assertTrue(created.path("createdBy").get("user").isNull(), created::toString);
    }

    /** Issue 14, 13: {@code javascript:} and {@code file:} URIs were stored as an integration's url. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://wfm.example.com/x"})
    void aUrlShiftsCannotCallIs400NamingUrl(String url) {
        Http.Answer refused = graph.post(COLLECTION, "{\"displayName\":\"x\",\"url\":\"" + url + "\"}");

        assertEquals(400, refused.status(), refused.body());
        assertEquals("url", refused.json().path("error").path("target").asText());
    }
}
