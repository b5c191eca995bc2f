package dev.wfi.emulator;

import static dev.wfi.emulator.Http.SECRET;
import static dev.wfi.emulator.ShiftsApiTest.SCHEDULE_READ_WRITE;
import static dev.wfi.emulator.ShiftsApiTest.shift;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.models.model.WfmRequestItem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shifts toward an active workforce integration: a change not made by the WFM is sent to its {@code /update} first,
 * encrypted, and stored only when it approves; the WFM's own changes ({@code X-MS-WFMPassthrough}) are not sent back;
 * eligibility reads go to {@code /read}.
 */
class ScheduleCallbacksTest {
    static final String SENDER = ScheduleRequestsTest.SENDER;
    static final String RECIPIENT = ScheduleRequestsTest.RECIPIENT;

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static ScriptedWfm wfm;
    static Http graph;
    static Http admin;
    static String integration;

    @BeforeAll
    static void start() throws Exception {
        wfm = ScriptedWfm.start(SECRET);
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, SCHEDULE_READ_WRITE);
        admin = Http.to(emulator, Http.READ_WRITE);
        integration = admin.create(Http.integration("Scripted WFM", true, wfm.url().toString())
                .replace("\"shift,swapRequest\"", "\"shift,swapRequest,openShift\",\"eligibilityFilteringEnabledEntities\":\"swapRequest\""));
    }

    @AfterAll
    static void stop() {
        wfm.close();
    }

    @BeforeEach
    void approveEverything() {
        wfm.deciding(item -> 200).offering(item -> List.of());
    }

    /** A team linked to the scripted WFM, for one test; nothing received before it counts. */
    static String linkedTeam(String... integrations) {
        String team = UUID.randomUUID().toString();
        String ids = String.join("\",\"", integrations.length == 0 ? new String[] {integration} : integrations);
        Http.Answer put = graph.send("PUT", "v1.0/teams/" + team + "/schedule", "{\"enabled\":true,\"workforceIntegrationIds\":[\"" + ids + "\"]}");
        assertEquals(200, put.status(), put.body());
        wfm.forget();
        return team;
    }

    @Test
    void aShiftCreatedThroughGraphReachesTheWfmEncryptedAndIsStoredWhenItApproves() {
        String team = linkedTeam();

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        String id = created.json().path("id").asText();
        List<ScriptedWfm.Call> calls = wfm.calls();
        WfmRequestItem item = calls.get(0).items().get(0);
        assertAll(
                () -> assertEquals(201, created.status(), created.body()),
                () -> assertEquals("200 from " + wfm.url() + "/v1/teams/" + team + "/update: 1 approved", created.header("X-Wfi-Emulator-Update")),
                () -> assertEquals(1, calls.size(), calls::toString),
                () -> assertEquals("update", calls.get(0).path()),
                () -> assertEquals(team, calls.get(0).teamId()),
                () -> assertEquals(null, calls.get(0).passthrough()),
                () -> assertEquals(id, item.getId()),
                () -> assertEquals(WfmRequestItem.MethodEnum.POST, item.getMethod()),
                () -> assertEquals("/shifts/" + id, item.getUrl()),
                () -> assertEquals(SENDER, item.getBody().path("userId").asText()),
                () -> assertTrue(item.getHeaders().getxMSTransactionID() != null, "X-MS-Transaction-ID"),
                () -> assertEquals(200, graph.get("v1.0/teams/" + team + "/schedule/shifts/" + id).status()));
    }

    @Test
    void aChangeTheWfmRejectsIsNotStored() {
        String team = linkedTeam();
        String shifts = "v1.0/teams/" + team + "/schedule/shifts";
        String kept = graph.post(shifts, shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue")).json().path("id").asText();
        wfm.deciding(item -> 403);

        Http.Answer created = graph.post(shifts, shift(SENDER, "2019-03-12T08:00:00Z", "2019-03-12T16:00:00Z", "blue"));
        Http.Answer updated = graph.patch(shifts + "/" + kept, "{\"userId\":\"" + RECIPIENT + "\"}");
        Http.Answer deleted = graph.delete(shifts + "/" + kept);

        assertAll(
                () -> assertEquals(400, created.status(), created.body()),
                () -> assertEquals("WorkforceIntegrationError", created.json().path("error").path("code").asText()),
                () -> assertTrue(created.message().startsWith("Sorry, your change couldn't be completed: workforce integration Scripted WFM ("
                        + integration + ") rejected the create: item SHFT_"), created.message()),
                () -> assertTrue(created.message().endsWith(" answered 403, wfmRule: not in this WFM. Nothing was changed."), created.message()),
                () -> assertEquals(400, updated.status(), updated.body()),
                () -> assertEquals(400, deleted.status(), deleted.body()),
                () -> assertEquals(1, graph.get(shifts).json().path("value").size()),
                () -> assertEquals(SENDER, graph.get(shifts + "/" + kept).json().path("userId").asText()));
    }

    @Test
    void theWfmsOwnChangeIsNotSentBackToIt() {
        String team = linkedTeam();

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts",
                shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"), "X-MS-WFMPassthrough", integration);

        assertEquals(201, created.status(), created.body());
        assertEquals(List.of(), wfm.calls());
        assertEquals("not sent to " + integration + " (the change is its own: X-MS-WFMPassthrough)", created.header("X-Wfi-Emulator-Update"));
    }

    @Test
    void aUsersChangeInTeamsIsSentWhateverItsHeadersSay() {
        String team = linkedTeam();

        Http.Answer created = graph.post("_emulator/teams/" + team + "/schedule/shifts",
                shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"), "X-MS-WFMPassthrough", integration);

        assertEquals(201, created.status(), created.body());
        assertEquals(emulator.baseUri() + "teams/" + team + "/schedule/shifts/" + created.json().path("id").asText(), created.header("Location"));
        assertEquals(1, wfm.calls().size(), () -> wfm.calls().toString());
        assertEquals(null, wfm.calls().get(0).passthrough());
    }

    @Test
    void aSwapApprovalIsOneTransactionOfFiveItemsApprovedOrRejectedWhole() {
        String team = linkedTeam();
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String mine = graph.post(schedule + "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue")).json().path("id").asText();
        String theirs = graph.post(schedule + "shifts", shift(RECIPIENT, "2019-03-12T08:00:00Z", "2019-03-12T16:00:00Z", "green")).json().path("id").asText();
        wfm.offering(item -> List.of(theirs));
        Http.Answer asked = graph.post("_emulator/teams/" + team + "/schedule/swapShiftsChangeRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientShiftId\":\"" + theirs + "\"}", "MS-APP-ACTS-AS", SENDER);
        String swap = schedule + "swapShiftsChangeRequests/" + asked.json().path("id").asText();
        wfm.forget();

        wfm.deciding(item -> item.getUrl().startsWith("/shifts/") ? 409 : 200);
        Http.Answer inPart = graph.post(swap + "/approve", "{}");
        wfm.deciding(item -> 409);
        Http.Answer rejected = graph.post(swap + "/approve", "{}");
        String pendingState = graph.get(swap).json().path("state").asText();
        wfm.forget();
        wfm.deciding(item -> 200);
        Http.Answer approved = graph.post(swap + "/approve", "{}");

        List<WfmRequestItem> items = wfm.calls().get(0).items();
        assertAll(
                () -> assertEquals(201, asked.status(), asked.body()),
                () -> assertEquals(503, inPart.status(), inPart.body()),
                () -> assertTrue(inPart.message().contains("the transaction is approved in part"), inPart.message()),
                () -> assertEquals(400, rejected.status(), rejected.body()),
                () -> assertEquals("pending", pendingState),
                () -> assertEquals(200, approved.status(), approved.body()),
                () -> assertEquals("approved", graph.get(swap).json().path("state").asText()),
                () -> assertEquals(List.of("PUT /swapRequests/", "DELETE /shifts/", "DELETE /shifts/", "POST /shifts/", "POST /shifts/"),
                        items.stream().map(i -> i.getMethod() + " " + i.getUrl().substring(0, i.getUrl().lastIndexOf('/') + 1)).toList()),
                () -> assertEquals(1, items.stream().map(i -> i.getHeaders().getxMSTransactionID()).distinct().count(), "one transaction"),
                () -> assertEquals("approved", items.get(0).getBody().path("state").asText()));
    }

    @Test
    void requestableShiftsAreWhatTheWfmFindsEligibleAndASwapForAnotherIsRefused() {
        String team = linkedTeam();
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String mine = graph.post(schedule + "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue")).json().path("id").asText();
        String eligible = graph.post(schedule + "shifts", shift(RECIPIENT, "2019-03-12T08:00:00Z", "2019-03-12T16:00:00Z", "blue")).json().path("id").asText();
        String other = graph.post(schedule + "shifts", shift(RECIPIENT, "2019-03-13T08:00:00Z", "2019-03-13T16:00:00Z", "blue")).json().path("id").asText();
        wfm.forget();
        wfm.offering(item -> List.of(eligible));

        Http.Answer requestable = graph.get("_emulator/teams/" + team + "/schedule/shifts/" + mine
                + "/requestableShifts?startTime=2019-03-01T00:00:00Z&endTime=2019-04-01T00:00:00Z");
        Http.Answer refused = graph.post("_emulator/teams/" + team + "/schedule/swapShiftsChangeRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientShiftId\":\"" + other + "\"}", "MS-APP-ACTS-AS", SENDER);

        ScriptedWfm.Call read = wfm.calls().get(0);
        assertAll(
                () -> assertEquals(200, requestable.status(), requestable.body()),
                () -> assertEquals(List.of(eligible), requestable.json().path("value").valueStream().map(s -> s.path("id").asText()).toList()),
                () -> assertEquals("read", read.path()),
                () -> assertEquals("/shifts/" + mine + "/requestableShifts?requestType=SwapRequest&startTime=2019-03-01T00:00:00.0000000Z"
                        + "&endTime=2019-04-01T00:00:00.0000000Z", read.items().get(0).getUrl()),
                () -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals("recipientShiftId", refused.json().path("error").path("target").asText()));
    }

    @Test
    void entitiesTheIntegrationDoesNotSupportAreNotSent() {
        String team = linkedTeam();

        Http.Answer clockedIn = graph.post("v1.0/teams/" + team + "/schedule/timeCards/clockIn", "{}");

        assertEquals(201, clockedIn.status(), clockedIn.body());
        assertEquals(List.of(), wfm.calls());
        assertEquals("not sent to " + integration + " (supportedEntities covers none of the items)", clockedIn.header("X-Wfi-Emulator-Update"));
    }

    @Test
    void anInactiveIntegrationIsNotCalledAndTheChangeIsStored() {
        String inactive = admin.create(Http.integration("Inactive WFM", false, wfm.url().toString()));
        String team = linkedTeam(inactive);

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        assertEquals(201, created.status(), created.body());
        assertEquals(List.of(), wfm.calls());
        assertEquals("not sent to " + inactive + " (inactive)", created.header("X-Wfi-Emulator-Update"));
    }

    @Test
    void anIntegrationOffLoopbackIsNotCalledAndTheChangeIsStored() {
        String remote = admin.create(Http.integration("Remote WFM", true, "https://wfm.example.com/contoso"));
        String team = linkedTeam(remote);

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        assertEquals(201, created.status(), created.body());
        assertEquals("not sent to " + remote + " (not loopback (the emulator calls only this machine))", created.header("X-Wfi-Emulator-Update"));
    }

    @Test
    void aWfmThatCannotBeReachedStopsTheChange() throws Exception {
        String gone;
        try (ScriptedWfm stopped = ScriptedWfm.start(SECRET)) {
            gone = admin.create(Http.integration("Gone WFM", true, stopped.url().toString()));
        }
        String team = linkedTeam(gone);

        Http.Answer created = graph.post("v1.0/teams/" + team + "/schedule/shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));

        assertEquals(503, created.status(), created.body());
        assertTrue(created.message().contains("cannot connect"), created.message());
        assertEquals(0, graph.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value").size());
    }
}
