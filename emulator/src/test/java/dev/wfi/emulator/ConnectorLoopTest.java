package dev.wfi.emulator;

import static dev.wfi.emulator.Http.SECRET;
import static dev.wfi.emulator.ShiftsApiTest.SCHEDULE_READ_WRITE;
import static dev.wfi.emulator.ShiftsApiTest.shift;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.ShiftItem;
import dev.wfi.models.model.ScheduleEntityTheme;
import dev.wfi.sample.GraphSync;
import dev.wfi.sample.SampleWfmService;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-way sync on one machine: the sample WFM service as the connector of a team in {@code wfi serve}. A shift
 * created in Teams reaches the WFM (encrypted, through {@code /update}) before it is stored; a shift created in the WFM
 * reaches Teams through Graph with {@code X-MS-WFMPassthrough} and is not sent back; a swap asked for in Teams is
 * approved by the WFM, through Graph or as the five items of a manager's approval.
 */
class ConnectorLoopTest {
    static final String SENDER = ScheduleRequestsTest.SENDER;
    static final String RECIPIENT = ScheduleRequestsTest.RECIPIENT;

    @TempDir
    static Path dir;
    static SampleWfmService wfm;
    static Emulator emulator;
    static Http teams;
    static GraphSync connector;
    static String integration;
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        wfm = SampleWfmService.start(0, CallbackCipher.forSecret(SECRET), 1 << 20);
        emulator = Emulator.start(EmulatorOptions.defaults().port(0).dataDir(dir.resolve("data")).log(LOG::add));
        integration = Http.to(emulator, Http.READ_WRITE).create(Http.integration("Sample WFM", true, wfm.url().toString()));
        teams = Http.to(emulator, SCHEDULE_READ_WRITE);
        String graph = emulator.baseUri().toString().replaceAll("/$", "");
        connector = wfm.graph(URI.create(graph), emulator.tokens().issue(Set.of(SCHEDULE_READ_WRITE), true), integration);
    }

    @AfterAll
    static void stop() {
        connector.close();
        emulator.close();
        wfm.close();
    }

    static String linkedTeam() {
        String team = UUID.randomUUID().toString();
        Http.Answer put = teams.send("PUT", "v1.0/teams/" + team + "/schedule", "{\"enabled\":true,\"workforceIntegrationIds\":[\"" + integration + "\"]}");
        assertEquals(200, put.status(), put.body());
        return team;
    }

    static String inTeams(String team, String collection, String body, String... headers) {
        Http.Answer created = teams.post("_emulator/teams/" + team + "/schedule/" + collection, body, headers);
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    /** A swap request in Teams: the sender's shift for the recipient's, made in Teams and so approved by the WFM first. */
    record Swap(String senderShiftId, String recipientShiftId, String id) {
    }

    static Swap swapAskedInTeams(String team) {
        String mine = inTeams(team, "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));
        String theirs = inTeams(team, "shifts", shift(RECIPIENT, "2019-03-12T08:00:00Z", "2019-03-12T16:00:00Z", "green"));
        return new Swap(mine, theirs, inTeams(team, "swapShiftsChangeRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientShiftId\":\"" + theirs + "\"}", "MS-APP-ACTS-AS", SENDER));
    }

    static long updatesSent() {
        return LOG.stream().filter(line -> line.contains("/update answered")).count();
    }

    static JsonNode startingAt(List<JsonNode> shifts, String start) {
        return shifts.stream().filter(s -> s.path("sharedShift").path("startDateTime").asText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no shift starts at " + start + ": " + shifts));
    }

    static Map<String, String> users(List<JsonNode> shifts) {
        Map<String, String> users = new HashMap<>();
        shifts.forEach(s -> users.put(s.path("id").asText(), s.path("userId").asText()));
        return users;
    }

    @Test
    void aShiftCreatedInTeamsReachesTheWfmBeforeItIsStored() {
        String team = linkedTeam();

        String id = inTeams(team, "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        List<JsonNode> inWfm = wfm.entities(team, "shifts");
        assertEquals(1, inWfm.size(), inWfm::toString);
        assertEquals(id, inWfm.get(0).path("id").asText());
        assertEquals(SENDER, inWfm.get(0).path("userId").asText());
    }

    @Test
    void theWfmRejectsAShiftThatOverlapsAnotherOfTheSameUserAndTeamsDoesNotStoreIt() {
        String team = linkedTeam();
        String first = inTeams(team, "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        Http.Answer overlapping = teams.post("_emulator/teams/" + team + "/schedule/shifts",
                shift(SENDER, "2019-03-11T12:00:00Z", "2019-03-11T20:00:00Z", "blue"));

        assertEquals(400, overlapping.status(), overlapping.body());
        assertEquals("WorkforceIntegrationError", overlapping.json().path("error").path("code").asText());
        assertTrue(overlapping.message().contains("answered 409, overlap: the user already works shift " + first + " at that time."),
                overlapping.message());
        assertEquals(1, teams.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value").size());
    }

    @Test
    void aShiftCreatedInTheWfmAppearsInTeamsAndIsNotSentBack() {
        String team = linkedTeam();
        long before = updatesSent();
        Shift madeInWfm = new Shift().userId(RECIPIENT).schedulingGroupId("TAG_1").sharedShift(new ShiftItem()
                .displayName("From the WFM").theme(ScheduleEntityTheme.DARK_RED)
                .startDateTime(OffsetDateTime.parse("2019-03-12T08:00:00Z")).endDateTime(OffsetDateTime.parse("2019-03-12T16:00:00Z")));

        Shift published = connector.publish(team, madeInWfm);

        JsonNode inTeams = teams.get("v1.0/teams/" + team + "/schedule/shifts/" + published.getId(), "Prefer", "include-unknown-enum-members").json();
        assertAll(
                () -> assertEquals("From the WFM", inTeams.path("sharedShift").path("displayName").asText()),
                () -> assertEquals("darkRed", inTeams.path("sharedShift").path("theme").asText()),
                () -> assertEquals(EmulatorIdentity.APP_ID, inTeams.path("createdBy").path("application").path("id").asText()),
                () -> assertEquals(before, updatesSent(), "the WFM's own shift was sent back to it: " + LOG),
                () -> assertEquals(List.of(published.getId()), wfm.entities(team, "shifts").stream().map(s -> s.path("id").asText()).toList()));
    }

    @Test
    void aSwapAskedForInTeamsIsApprovedByTheWfmThroughGraph() {
        String team = linkedTeam();
        Swap asked = swapAskedInTeams(team);
        String mine = asked.senderShiftId();
        String theirs = asked.recipientShiftId();
        String swap = asked.id();
        long before = updatesSent();

        List<String> approved = connector.decideSwaps(team);

        JsonNode request = teams.get("v1.0/teams/" + team + "/schedule/swapShiftsChangeRequests/" + swap).json();
        List<JsonNode> inTeams = List.copyOf(teams.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value").valueStream().toList());
        assertAll(
                () -> assertEquals(List.of(swap), approved),
                () -> assertEquals("approved", request.path("state").asText()),
                () -> assertEquals("Approved by the WFM.", request.path("managerActionMessage").asText()),
                () -> assertEquals(before, updatesSent(), "the WFM's approval was sent back to it"),
                () -> assertEquals(Set.of(SENDER, RECIPIENT), Set.copyOf(users(inTeams).values())),
                () -> assertTrue(!users(inTeams).containsKey(mine) && !users(inTeams).containsKey(theirs), users(inTeams)::toString),
                () -> assertEquals(RECIPIENT, startingAt(inTeams, "2019-03-11T08:00:00").path("userId").asText(), "the sender's shift, exchanged"),
                () -> assertEquals(SENDER, startingAt(inTeams, "2019-03-12T08:00:00").path("userId").asText(), "the recipient's shift, exchanged"),
                () -> assertEquals(users(inTeams), users(wfm.entities(team, "shifts")), "the WFM read the exchanged shifts"));
    }

    @Test
    void aManagersApprovalInTeamsIsOneTransactionThatTheWfmApprovesWhole() {
        String team = linkedTeam();
        String swap = swapAskedInTeams(team).id();

        Http.Answer approved = teams.post("_emulator/teams/" + team + "/schedule/swapShiftsChangeRequests/" + swap + "/approve", "{}");

        assertEquals(200, approved.status(), approved.body());
        assertTrue(approved.header("X-Wfi-Emulator-Update").endsWith(": 5 approved"), approved.header("X-Wfi-Emulator-Update"));
        assertEquals(users(List.copyOf(teams.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value").valueStream().toList())),
                users(wfm.entities(team, "shifts")), "the WFM wrote the exchange as Teams did");
        assertEquals("approved", wfm.entities(team, "swaprequests").get(0).path("state").asText());
    }

    @Test
    void aSwapOfShiftsAtTheSameTimeIsNoOverlapForTheWfm() {
        String team = linkedTeam();
        String mine = inTeams(team, "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));
        String theirs = inTeams(team, "shifts", shift(RECIPIENT, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "green"));
        String swap = inTeams(team, "swapShiftsChangeRequests", "{\"senderShiftId\":\"" + mine + "\",\"recipientShiftId\":\"" + theirs + "\"}",
                "MS-APP-ACTS-AS", SENDER);

        // each user's new shift overlaps the one the same transaction deletes, which the WFM counts as gone
        Http.Answer approved = teams.post("_emulator/teams/" + team + "/schedule/swapShiftsChangeRequests/" + swap + "/approve", "{}");

        List<JsonNode> inTeams = List.copyOf(teams.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value").valueStream().toList());
        assertEquals(200, approved.status(), approved.body());
        assertEquals(Map.of("green", SENDER, "blue", RECIPIENT), themes(inTeams));
        assertEquals(users(inTeams), users(wfm.entities(team, "shifts")));
    }

    static Map<String, String> themes(List<JsonNode> shifts) {
        Map<String, String> users = new HashMap<>();
        shifts.forEach(s -> users.put(s.path("sharedShift").path("theme").asText(), s.path("userId").asText()));
        return users;
    }
}
