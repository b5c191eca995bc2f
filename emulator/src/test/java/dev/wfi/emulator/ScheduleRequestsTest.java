package dev.wfi.emulator;

import static dev.wfi.emulator.ShiftsApiTest.SCHEDULE_READ_WRITE;
import static dev.wfi.emulator.ShiftsApiTest.conforms;
import static dev.wfi.emulator.ShiftsApiTest.shift;
import static dev.wfi.emulator.ShiftsApiTest.team;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The requests' state machine: pending, then approved or declined once, and what an approval does to the schedule. */
class ScheduleRequestsTest {
    static final String SENDER = "a3601044-a1b5-438e-b742-f78d01d68a67";
    static final String RECIPIENT = "c5d0c76b-80c4-481c-be50-923cd8d680a1";

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;
    /** An application acting for the sender, as a connector creating requests on a user's behalf does. */
    static Http app;

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, SCHEDULE_READ_WRITE);
        app = graph.as(emulator.tokens().issue(Set.of(SCHEDULE_READ_WRITE), true));
    }


    static String created(Http client, String path, String body, String... headers) {
        Http.Answer created = client.post(path, body, headers);
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    static Map<String, String> usersOfShifts(String team) {
        Map<String, String> users = new HashMap<>();
        graph.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value")
                .forEach(s -> users.put(s.path("id").asText(), s.path("userId").asText()));
        return users;
    }

    @Test
    void anApprovedSwapExchangesTheShiftsAndCannotBeDeclinedAfterwards() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String mine = created(graph, schedule + "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));
        String theirs = created(graph, schedule + "shifts", shift(RECIPIENT, "2019-03-12T08:00:00Z", "2019-03-12T16:00:00Z", "green"));
        Http.Answer asked = app.post(schedule + "swapShiftsChangeRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientShiftId\":\"" + theirs + "\",\"senderMessage\":\"swap?\"}",
                "MS-APP-ACTS-AS", SENDER);
        String swap = schedule + "swapShiftsChangeRequests/" + asked.json().path("id").asText();

        Http.Answer approved = graph.post(swap + "/approve", "{\"message\":\"ok\"}");
        JsonNode after = graph.get(swap).json();
        Http.Answer declined = graph.post(swap + "/decline", "{\"message\":\"changed my mind\"}");

        Map<String, String> users = usersOfShifts(team);
        assertAll(
                () -> assertEquals(201, asked.status(), asked.body()),
                () -> assertEquals("pending", asked.json().path("state").asText()),
                () -> assertEquals(SENDER, asked.json().path("senderUserId").asText()),
                () -> assertEquals(RECIPIENT, asked.json().path("recipientUserId").asText(), "taken from the recipient's shift"),
                () -> conforms("swapShiftsChangeRequest", asked.json()),
                () -> assertEquals(200, approved.status(), approved.body()),
                () -> assertEquals("", approved.body()),
                () -> assertEquals("approved", after.path("state").asText()),
                () -> assertEquals("ok", after.path("managerActionMessage").asText()),
                () -> assertEquals(EmulatorIdentity.USER_ID, after.path("managerUserId").asText()),
                () -> assertTrue(after.path("managerActionDateTime").isTextual(), after::toString),
                () -> assertEquals(409, declined.status(), declined.body()),
                () -> assertTrue(declined.message().endsWith(" is already approved; only a pending request can be declined."),
                        declined.message()),
                () -> assertEquals(2, users.size(), users::toString),
                () -> assertTrue(!users.containsKey(mine) && !users.containsKey(theirs), "the swapped shifts are new ones: " + users),
                () -> assertEquals(Set.of(SENDER, RECIPIENT), Set.copyOf(users.values())));
    }

    @Test
    void aDeclinedRequestCannotBeApprovedAndChangesNothing() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String mine = created(graph, schedule + "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));
        String offer = schedule + "offerShiftRequests/" + created(app, schedule + "offerShiftRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientUserId\":\"" + RECIPIENT + "\"}", "MS-APP-ACTS-AS", SENDER);

        Http.Answer declined = graph.post(offer + "/decline", "{}");
        Http.Answer approved = graph.post(offer + "/approve", "{}");

        assertEquals(200, declined.status(), declined.body());
        assertEquals("declined", graph.get(offer).json().path("state").asText());
        assertEquals(409, approved.status(), approved.body());
        assertTrue(approved.message().endsWith("is already declined; only a pending request can be approved."), approved.message());
        assertEquals(SENDER, usersOfShifts(team).get(mine));
    }

    @Test
    void anApprovedOfferGivesTheShiftToTheRecipient() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String mine = created(graph, schedule + "shifts", shift(SENDER, "2019-03-11T08:00:00Z", "2019-03-11T16:00:00Z", "blue"));
        String offer = created(app, schedule + "offerShiftRequests",
                "{\"senderShiftId\":\"" + mine + "\",\"recipientUserId\":\"" + RECIPIENT + "\"}", "MS-APP-ACTS-AS", SENDER);

        Http.Answer approved = graph.post(schedule + "offerShiftRequests/" + offer + "/approve", "{}");

        assertEquals(200, approved.status(), approved.body());
        assertEquals(RECIPIENT, usersOfShifts(team).get(mine));
    }

    @Test
    void anApprovedOpenShiftRequestTakesOneSlotForTheSender() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String open = created(graph, schedule + "openShifts", "{\"schedulingGroupId\":\"TAG_1\",\"sharedOpenShift\":{"
                + "\"displayName\":\"Extra\",\"startDateTime\":\"2019-03-11T08:00:00Z\",\"endDateTime\":\"2019-03-11T16:00:00Z\","
                + "\"theme\":\"pink\",\"openSlotCount\":1,\"activities\":[]}}");
        String first = created(app, schedule + "openShiftChangeRequests", "{\"openShiftId\":\"" + open + "\"}", "MS-APP-ACTS-AS", SENDER);
        String second = created(app, schedule + "openShiftChangeRequests", "{\"openShiftId\":\"" + open + "\"}", "MS-APP-ACTS-AS", RECIPIENT);

        Http.Answer approved = graph.post(schedule + "openShiftChangeRequests/" + first + "/approve", "{}");
        Http.Answer noSlotLeft = graph.post(schedule + "openShiftChangeRequests/" + second + "/approve", "{}");

        JsonNode shifts = graph.get("v1.0/teams/" + team + "/schedule/shifts").json().path("value");
        assertAll(
                () -> assertEquals(200, approved.status(), approved.body()),
                () -> assertEquals(1, shifts.size(), shifts::toString),
                () -> assertEquals(SENDER, shifts.get(0).path("userId").asText()),
                () -> assertEquals("Extra", shifts.get(0).path("sharedShift").path("displayName").asText()),
                () -> conforms("shift", shifts.get(0)),
                () -> assertEquals(0, graph.get(schedule + "openShifts/" + open).json().path("sharedOpenShift").path("openSlotCount").asInt()),
                () -> assertEquals(409, noSlotLeft.status(), noSlotLeft.body()),
                () -> assertEquals("pending", graph.get(schedule + "openShiftChangeRequests/" + second).json().path("state").asText()));
    }

    @Test
    void anApprovedTimeOffRequestBecomesTheSendersTimeOff() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String reason = created(graph, schedule + "timeOffReasons", "{\"displayName\":\"Vacation\",\"iconType\":\"plane\",\"isActive\":true}");
        String request = created(app, schedule + "timeOffRequests", "{\"startDateTime\":\"2019-03-18T00:00:00Z\","
                + "\"endDateTime\":\"2019-03-20T00:00:00Z\",\"timeOffReasonId\":\"" + reason + "\"}", "MS-APP-ACTS-AS", SENDER);

        Http.Answer approved = graph.post(schedule + "timeOffRequests/" + request + "/approve", "{\"message\":\"enjoy\"}");

        JsonNode timesOff = graph.get(schedule + "timesOff").json().path("value");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(1, timesOff.size(), timesOff::toString);
        assertEquals(SENDER, timesOff.get(0).path("userId").asText());
        assertEquals(reason, timesOff.get(0).path("sharedTimeOff").path("timeOffReasonId").asText());
        conforms("timeOff", timesOff.get(0));
    }

    @Test
    void requestsNameTheirUserAndItemsThatExist() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";

        Http.Answer anonymous = app.post(schedule + "offerShiftRequests", "{\"senderShiftId\":\"SHFT_x\",\"recipientUserId\":\"u\"}");
        Http.Answer unknownShift = app.post(schedule + "offerShiftRequests", "{\"senderShiftId\":\"SHFT_x\",\"recipientUserId\":\"u\"}",
                "MS-APP-ACTS-AS", SENDER);
        Http.Answer stateSent = graph.post(schedule + "timeOffRequests",
                "{\"state\":\"approved\",\"startDateTime\":\"2019-03-18T00:00:00Z\",\"endDateTime\":\"2019-03-20T00:00:00Z\"}");

        assertAll(
                () -> assertEquals(400, anonymous.status(), anonymous.body()),
                () -> assertEquals("MS-APP-ACTS-AS", anonymous.json().path("error").path("target").asText()),
                () -> assertEquals("senderShiftId", unknownShift.json().path("error").path("target").asText()),
                () -> assertEquals("state", stateSent.json().path("error").path("target").asText(), stateSent.body()));
    }

    @Test
    void aDeletedTimeOffRequestIsGone() {
        String team = team(graph);
        String schedule = "v1.0/teams/" + team + "/schedule/";
        String request = schedule + "timeOffRequests/" + created(graph, schedule + "timeOffRequests",
                "{\"startDateTime\":\"2019-03-18T00:00:00Z\",\"endDateTime\":\"2019-03-20T00:00:00Z\"}");

        assertEquals(204, graph.delete(request).status());
        assertEquals(404, graph.get(request).status());
    }
}
