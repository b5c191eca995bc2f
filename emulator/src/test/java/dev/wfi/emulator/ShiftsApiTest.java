package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Graph's Shifts API on one collection and the schedule: create, get, list, replace, update, delete, ETags, scopes. */
class ShiftsApiTest {
    static final String SCHEDULE_READ_WRITE = "Schedule.ReadWrite.All";
    static final Contract CONTRACT = Contract.bundled();

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, SCHEDULE_READ_WRITE);
    }


    /** A team with a schedule, for one test. */
    static String team(Http graph) {
        String team = UUID.randomUUID().toString();
        Http.Answer schedule = graph.send("PUT", "v1.0/teams/" + team + "/schedule", "{\"enabled\":true,\"timeZone\":\"America/Chicago\"}");
        assertEquals(200, schedule.status(), schedule.body());
        return team;
    }

    static String shift(String userId, String start, String end, String theme) {
        return "{\"userId\":\"" + userId + "\",\"schedulingGroupId\":\"TAG_1\",\"sharedShift\":{\"displayName\":\"Day\","
                + "\"startDateTime\":\"" + start + "\",\"endDateTime\":\"" + end + "\",\"theme\":\"" + theme + "\",\"activities\":[]}}";
    }

    /** The answer is what the contract says the operation answers. */
    static void conforms(String schema, JsonNode answer) {
        List<SchemaViolation> violations = CONTRACT.validate(schema, answer);
        assertTrue(violations.isEmpty(), () -> schema + ": " + violations + " in " + answer);
    }

    @Test
    void putCreatesTheScheduleProvisionedAtOnceAndGetReadsIt() {
        String team = UUID.randomUUID().toString();
        Http.Answer missing = graph.get("v1.0/teams/" + team + "/schedule");

        Http.Answer put = graph.send("PUT", "v1.0/teams/" + team + "/schedule", "{\"enabled\":true,\"timeZone\":\"Europe/Paris\"}");
        Http.Answer read = graph.get("v1.0/teams/" + team + "/schedule");

        assertAll(
                () -> assertEquals(404, missing.status(), missing.body()),
                () -> assertTrue(missing.message().contains("create it with PUT /teams/" + team + "/schedule"), missing.message()),
                () -> assertEquals(200, put.status(), put.body()),
                () -> assertEquals(team, put.json().path("id").asText()),
                () -> assertEquals("Completed", put.json().path("provisionStatus").asText()),
                () -> assertEquals("Europe/Paris", read.json().path("timeZone").asText()),
                () -> assertEquals(emulator.baseUri() + "$metadata#teams('" + team + "')/schedule/$entity",
                        read.json().path("@odata.context").asText()),
                () -> conforms("schedule", read.json()));
    }

    @Test
    void aScheduleLinksOnlyToIntegrationsThatExist() {
        String team = UUID.randomUUID().toString();

        Http.Answer refused = graph.send("PUT", "v1.0/teams/" + team + "/schedule", "{\"workforceIntegrationIds\":[\"nope\"]}");

        assertEquals(400, refused.status(), refused.body());
        assertEquals("workforceIntegrationIds", refused.json().path("error").path("target").asText());
    }

    @Test
    void createAnswers201WithLocationETagAndTheServiceSetProperties() {
        String team = team(graph);

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts",
                shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "blue"));

        JsonNode body = created.json();
        String id = body.path("id").asText();
        assertAll(
                () -> assertEquals(201, created.status(), created.body()),
                () -> assertTrue(id.startsWith("SHFT_"), id),
                () -> assertEquals(emulator.baseUri() + "teams/" + team + "/schedule/shifts/" + id, created.header("Location")),
                () -> assertTrue(body.path("@odata.etag").asText().matches("\"[0-9a-f-]{36}\""), body::toString),
                () -> assertEquals(emulator.baseUri() + "$metadata#teams('" + team + "')/schedule/shifts/$entity",
                        body.path("@odata.context").asText()),
                () -> assertEquals("2019-03-11T15:00:00.0000000Z", body.path("sharedShift").path("startDateTime").asText()),
                () -> assertEquals(EmulatorIdentity.USER_ID, body.path("createdBy").path("user").path("id").asText()),
                () -> assertFalse(body.has("teamInfo"), "a beta property on v1.0: " + body),
                () -> conforms("shift", body));
    }

    @Test
    void replaceAndUpdateChangeTheETagAndAStaleIfMatchIs412() {
        String team = team(graph);
        JsonNode created = graph.post("v1.0/teams/" + team + "/schedule/shifts",
                shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "blue")).json();
        String path = "v1.0/teams/" + team + "/schedule/shifts/" + created.path("id").asText();
        String first = created.path("@odata.etag").asText();

        Http.Answer replaced = graph.send("PUT", path, created.toString().replace("\"Day\"", "\"Night\""), "If-Match", first);
        Http.Answer stale = graph.patch(path, "{\"userId\":\"u2\"}", "If-Match", first);
        Http.Answer read = graph.get(path);
        Http.Answer updated = graph.patch(path, "{\"sharedShift\":{\"notes\":\"bring keys\"}}", "If-Match", read.json().path("@odata.etag").asText());
        Http.Answer any = graph.patch(path, "{\"userId\":\"u3\"}", "If-Match", "*");

        assertAll(
                () -> assertEquals(204, replaced.status(), replaced.body()),
                () -> assertEquals(412, stale.status(), stale.body()),
                () -> assertEquals("preconditionFailed", stale.json().path("error").path("code").asText()),
                () -> assertEquals("Night", read.json().path("sharedShift").path("displayName").asText()),
                () -> assertNotEquals(first, read.json().path("@odata.etag").asText()),
                () -> assertEquals(created.path("createdDateTime"), read.json().path("createdDateTime")),
                () -> assertEquals(200, updated.status(), updated.body()),
                () -> assertEquals("bring keys", updated.json().path("sharedShift").path("notes").asText()),
                () -> assertEquals("Night", updated.json().path("sharedShift").path("displayName").asText(), "PATCH merges nested objects"),
                () -> assertEquals(200, any.status(), any.body()),
                () -> assertEquals("u3", any.json().path("userId").asText()));
    }

    @Test
    void replaceAnswers200WithTheItemWhenAskedForTheRepresentation() {
        String team = team(graph);
        JsonNode created = graph.post("v1.0/teams/" + team + "/schedule/shifts",
                shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "blue")).json();

        Http.Answer replaced = graph.send("PUT", "v1.0/teams/" + team + "/schedule/shifts/" + created.path("id").asText(),
                shift("u9", "2019-03-13T15:00:00Z", "2019-03-14T00:00:00Z", "green"), "Prefer", "return=representation");

        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("return=representation", replaced.header("Preference-Applied"));
        assertEquals("u9", replaced.json().path("userId").asText());
        assertEquals(created.path("id"), replaced.json().path("id"));
        conforms("shift", replaced.json());
    }

    @Test
    void deleteAnswers204AndHonoursIfMatch() {
        String team = team(graph);
        JsonNode created = graph.post("v1.0/teams/" + team + "/schedule/shifts",
                shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "blue")).json();
        String path = "v1.0/teams/" + team + "/schedule/shifts/" + created.path("id").asText();

        Http.Answer stale = graph.send("DELETE", path, null, "If-Match", "\"not-the-tag\"");
        Http.Answer deleted = graph.send("DELETE", path, null, "If-Match", created.path("@odata.etag").asText());
        Http.Answer gone = graph.get(path);

        assertEquals(412, stale.status(), stale.body());
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, gone.status(), gone.body());
    }

    @Test
    void listFiltersOnTheDateRangeAConnectorSyncs() {
        String team = team(graph);
        for (String day : List.of("10", "11", "12", "18")) {
            graph.post("v1.0/teams/" + team + "/schedule/shifts", shift("u1", "2019-03-" + day + "T15:00:00Z", "2019-03-" + day + "T23:00:00Z", "blue"));
        }

        Http.Answer week = graph.get("v1.0/teams/" + team + "/schedule/shifts?$filter="
                + Http.query("sharedShift/startDateTime ge 2019-03-11T00:00:00.000Z and sharedShift/endDateTime le 2019-03-18T00:00:00.000Z"));
        Http.Answer all = graph.get("v1.0/teams/" + team + "/schedule/shifts");

        List<String> starts = new ArrayList<>();
        week.json().path("value").forEach(s -> starts.add(s.path("sharedShift").path("startDateTime").asText().substring(0, 10)));
        assertEquals(200, week.status(), week.body());
        assertEquals(List.of("2019-03-11", "2019-03-12"), starts);
        assertEquals(4, all.json().path("value").size());
        assertTrue(all.json().path("value").get(0).path("@odata.etag").isTextual(), all.body());
        assertEquals(emulator.baseUri() + "$metadata#teams('" + team + "')/schedule/shifts", all.json().path("@odata.context").asText());
        conforms("shiftCollectionResponse", all.json());
    }

    @Test
    void aFilterTheEmulatorDoesNotServeIsRefusedNamingWhatIs() {
        String team = team(graph);
        String shifts = "v1.0/teams/" + team + "/schedule/shifts?$filter=";

        Http.Answer or = graph.get(shifts + Http.query("sharedShift/startDateTime ge 2019-03-11T00:00:00Z or userId eq 'u'"));
        Http.Answer property = graph.get(shifts + Http.query("userId eq 'u1'"));
        Http.Answer function = graph.get(shifts + Http.query("startswith(userId,'u')"));
        Http.Answer timeCards = graph.get("v1.0/teams/" + team + "/schedule/timeCards?$filter="
                + Http.query("clockInEvent/dateTime ge 2019-03-11T00:00:00Z"));
        Http.Answer orderBy = graph.get("v1.0/teams/" + team + "/schedule/shifts?$orderby=userId");

        assertAll(
                () -> assertEquals(400, or.status(), or.body()),
                () -> assertTrue(or.message().contains("'or' is not served"), or.message()),
                () -> assertEquals("$filter", or.json().path("error").path("target").asText()),
                () -> assertTrue(property.message().contains("'userId' cannot be filtered on shifts; the properties served are "
                        + "sharedShift/startDateTime, sharedShift/endDateTime, draftShift/startDateTime, draftShift/endDateTime"),
                        property.message()),
                () -> assertTrue(function.message().contains("parentheses and functions are not served"), function.message()),
                () -> assertTrue(timeCards.message().contains("'clockInEvent/dateTime' cannot be filtered on timeCards"), timeCards.message()),
                () -> assertEquals(400, orderBy.status(), orderBy.body()),
                () -> assertTrue(orderBy.message().startsWith("$orderby is not a query option of this list"), orderBy.message()));
    }

    @Test
    void timeCardsFilterOnStateAndPageWithTop() {
        String team = team(graph);
        for (int i = 0; i < 3; i++) {
            Http.Answer card = graph.post("v1.0/teams/" + team + "/schedule/timeCards",
                    "{\"userId\":\"u" + i + "\",\"clockInEvent\":{\"dateTime\":\"2019-03-1" + i + "T08:00:00Z\"}}");
            assertEquals(201, card.status(), card.body());
        }

        Http.Answer first = graph.get("v1.0/teams/" + team + "/schedule/timeCards?$top=2&$filter=" + Http.query("state eq 'clockedIn'"));
        String next = first.json().path("@odata.nextLink").asText();
        Http.Answer second = graph.get(next.substring(emulator.baseUri().resolve("/").toString().length()));

        assertEquals(2, first.json().path("value").size(), first.body());
        assertTrue(next.contains("$filter=state%20eq%20%27clockedIn%27"), next);
        assertEquals(1, second.json().path("value").size(), second.body());
        assertTrue(second.json().path("@odata.nextLink").isMissingNode(), second.body());
    }

    @Test
    void anEvolvableThemeNeedsPreferAndIsAnsweredAsUnknownFutureValueWithoutIt() {
        String team = team(graph);
        String darkRed = shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "darkRed");

        Http.Answer refused = graph.post("v1.0/teams/" + team + "/schedule/shifts", darkRed);
        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts", darkRed, "Prefer", "include-unknown-enum-members");
        String path = "v1.0/teams/" + team + "/schedule/shifts/" + created.json().path("id").asText();

        assertAll(
                () -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals("sharedShift.theme", refused.json().path("error").path("target").asText()),
                () -> assertEquals("darkRed", created.json().path("sharedShift").path("theme").asText()),
                () -> assertEquals("unknownFutureValue", graph.get(path).json().path("sharedShift").path("theme").asText()),
                () -> assertEquals("darkRed", graph.get(path, "Prefer", "include-unknown-enum-members").json()
                        .path("sharedShift").path("theme").asText()));
    }

    @Test
    void bodiesAreCheckedByTheContractAndNameTheProperty() {
        String team = team(graph);
        String shifts = "v1.0/teams/" + team + "/schedule/shifts";

        Http.Answer unknown = graph.post(shifts, "{\"userId\":\"u1\",\"colour\":\"blue\"}");
        Http.Answer readOnly = graph.post(shifts, "{\"userId\":\"u1\",\"createdDateTime\":\"2019-03-11T15:00:00Z\"}");
        Http.Answer backwards = graph.post(shifts, shift("u1", "2019-03-12T15:00:00Z", "2019-03-11T00:00:00Z", "blue"));
        Http.Answer beta = graph.post(shifts, "{\"userId\":\"u1\",\"teamInfo\":{\"teamId\":\"x\"}}");

        assertAll(
                () -> assertEquals(400, unknown.status(), unknown.body()),
                () -> assertTrue(unknown.message().contains("colour"), unknown.message()),
                () -> assertEquals("createdDateTime", readOnly.json().path("error").path("target").asText()),
                () -> assertEquals("sharedShift.endDateTime", backwards.json().path("error").path("target").asText()),
                () -> assertTrue(beta.message().contains("not part of Graph v1.0"), beta.message()));
    }

    @Test
    void shareMakesTheDraftsInTheRangeSharedAndDeletesWhatIsStagedForDeletion() {
        String team = team(graph);
        String shifts = "v1.0/teams/" + team + "/schedule/shifts";
        String draft = graph.post(shifts, "{\"userId\":\"u1\",\"draftShift\":{\"displayName\":\"Draft\","
                + "\"startDateTime\":\"2019-03-12T08:00:00Z\",\"endDateTime\":\"2019-03-12T16:00:00Z\",\"theme\":\"blue\"}}")
                .json().path("id").asText();
        String later = graph.post(shifts, "{\"userId\":\"u1\",\"draftShift\":{\"displayName\":\"Later\","
                + "\"startDateTime\":\"2019-04-12T08:00:00Z\",\"endDateTime\":\"2019-04-12T16:00:00Z\",\"theme\":\"blue\"}}")
                .json().path("id").asText();
        String staged = graph.post(shifts, shift("u2", "2019-03-13T08:00:00Z", "2019-03-13T16:00:00Z", "blue")
                .replace("{\"userId\"", "{\"isStagedForDeletion\":true,\"userId\"")).json().path("id").asText();

        Http.Answer shared = graph.post("v1.0/teams/" + team + "/schedule/share",
                "{\"notifyTeam\":true,\"startDateTime\":\"2019-03-11T00:00:00Z\",\"endDateTime\":\"2019-03-18T00:00:00Z\"}");

        JsonNode published = graph.get(shifts + "/" + draft).json();
        assertAll(
                () -> assertEquals(204, shared.status(), shared.body()),
                () -> assertEquals("Draft", published.path("sharedShift").path("displayName").asText(), published::toString),
                () -> assertTrue(published.path("draftShift").isNull(), published::toString),
                () -> assertEquals("Later", graph.get(shifts + "/" + later).json().path("draftShift").path("displayName").asText()),
                () -> assertEquals(404, graph.get(shifts + "/" + staged).status()));
    }

    @Test
    void itemsOfATeamWithoutScheduleAreNotFound() {
        Http.Answer answer = graph.get("v1.0/teams/" + UUID.randomUUID() + "/schedule/shifts");

        assertEquals(404, answer.status(), answer.body());
        assertTrue(answer.message().contains("has no schedule"), answer.message());
    }

    /** Shifts grants Group.ReadWrite.All to delegated tokens only; an application token needs Schedule.ReadWrite.All. */
    @Test
    void scopesAreJudgedByTheTokensOwnScheme() {
        String team = team(graph);
        String shifts = "v1.0/teams/" + team + "/schedule/shifts";
        String body = shift("u1", "2019-03-11T15:00:00Z", "2019-03-12T00:00:00Z", "blue");

        Http.Answer delegatedGroup = graph.as(emulator.tokens().issue(Set.of("Group.ReadWrite.All"), false)).post(shifts, body);
        Http.Answer appGroup = graph.as(emulator.tokens().issue(Set.of("Group.ReadWrite.All"), true)).post(shifts, body);
        Http.Answer appSchedule = graph.as(emulator.tokens().issue(Set.of(SCHEDULE_READ_WRITE), true)).post(shifts, body);
        Http.Answer reader = graph.as(emulator.tokens().issue(Set.of("Schedule.Read.All"), false)).post(shifts, body);
        Http.Answer readerLists = graph.as(emulator.tokens().issue(Set.of("Schedule.Read.All"), false)).get(shifts);
        Http.Answer groupTimeCards = graph.as(emulator.tokens().issue(Set.of("Group.ReadWrite.All"), false))
                .get("v1.0/teams/" + team + "/schedule/timeCards");

        assertAll(
                () -> assertEquals(201, delegatedGroup.status(), delegatedGroup.body()),
                () -> assertEquals(403, appGroup.status(), appGroup.body()),
                () -> assertEquals("Insufficient privileges to complete the operation: createShift needs Schedule.ReadWrite.All "
                        + "in the token's roles.", appGroup.message()),
                () -> assertEquals(201, appSchedule.status(), appSchedule.body()),
                () -> assertEquals(EmulatorIdentity.APP_ID, appSchedule.json().path("createdBy").path("application").path("id").asText()),
                () -> assertEquals(403, reader.status(), reader.body()),
                () -> assertTrue(reader.message().endsWith("createShift needs one of Schedule.ReadWrite.All, Group.ReadWrite.All in the token's scp."),
                        reader.message()),
                () -> assertEquals(200, readerLists.status(), readerLists.body()),
                () -> assertEquals(403, groupTimeCards.status(), "time cards take the Schedule.* permissions only: " + groupTimeCards.body()));
    }

    @Test
    void betaAnswersCarryBetaOnlyProperties() {
        String team = team(graph);
        Http.Answer created = graph.post("beta/teams/" + team + "/schedule/shifts",
                "{\"userId\":\"u1\",\"teamInfo\":{\"teamId\":\"" + team + "\",\"displayName\":\"Contoso\"}}");

        Http.Answer v1 = graph.get("v1.0/teams/" + team + "/schedule/shifts/" + created.json().path("id").asText());

        assertEquals(201, created.status(), created.body());
        assertEquals("Contoso", created.json().path("teamInfo").path("displayName").asText());
        assertNull(v1.json().get("teamInfo"), v1.body());
    }
}
