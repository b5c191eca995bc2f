package dev.wfi.emulator;

import static dev.wfi.emulator.ShiftsApiTest.SCHEDULE_READ_WRITE;
import static dev.wfi.emulator.ShiftsApiTest.conforms;
import static dev.wfi.emulator.ShiftsApiTest.team;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The time card's actions and its states: clockedIn, onBreak, clockedOut, and who confirmed. */
class TimeCardsTest {
    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, SCHEDULE_READ_WRITE);
    }


    @Test
    void aDayClockedInWithABreakClockedOutAndConfirmedByBoth() {
        String cards = "v1.0/teams/" + team(graph) + "/schedule/timeCards";
        Http manager = graph.as(emulator.tokens().issue(Set.of(SCHEDULE_READ_WRITE), true));

        Http.Answer in = graph.post(cards + "/clockIn", "{\"isAtApprovedLocation\":true,\"notes\":{\"content\":\"hi\",\"contentType\":\"text\"}}");
        String card = cards + "/" + in.json().path("id").asText();
        Http.Answer again = graph.post(cards + "/clockIn", "{}");
        Http.Answer onBreak = graph.post(card + "/startBreak", "{}");
        Http.Answer outOnBreak = graph.post(card + "/clockOut", "{}");
        Http.Answer back = graph.post(card + "/endBreak", "{\"notes\":{\"content\":\"lunch\",\"contentType\":\"text\"}}");
        Http.Answer out = graph.post(card + "/clockOut", "{\"isAtApprovedLocation\":false}");
        Http.Answer breakAfter = graph.post(card + "/startBreak", "{}");
        Http.Answer byUser = graph.post(card + "/confirm", null);
        Http.Answer byManager = manager.post(card + "/confirm", null, "MS-APP-ACTS-AS", ScheduleRequestsTest.RECIPIENT);

        JsonNode done = byManager.json();
        assertAll(
                () -> assertEquals(201, in.status(), in.body()),
                () -> assertEquals("clockedIn", in.json().path("state").asText()),
                () -> assertEquals(EmulatorIdentity.USER_ID, in.json().path("userId").asText()),
                () -> assertEquals(true, in.json().path("clockInEvent").path("isAtApprovedLocation").asBoolean()),
                () -> assertEquals("hi", in.json().path("clockInEvent").path("notes").path("content").asText()),
                () -> conforms("timeCard", in.json()),
                () -> assertEquals(409, again.status(), again.body()),
                () -> assertTrue(again.message().contains("is already clocked in"), again.message()),
                () -> assertEquals("onBreak", onBreak.json().path("state").asText(), onBreak.body()),
                () -> assertEquals(409, outOnBreak.status(), outOnBreak.body()),
                () -> assertTrue(outOnBreak.message().endsWith("clockOut needs a card that is clockedIn (end the break first)."),
                        outOnBreak.message()),
                () -> assertEquals("clockedIn", back.json().path("state").asText(), back.body()),
                () -> assertEquals("lunch", back.json().path("breaks").get(0).path("end").path("notes").path("content").asText()),
                () -> assertEquals(200, out.status(), out.body()),
                () -> assertEquals("clockedOut", out.json().path("state").asText()),
                () -> assertEquals(409, breakAfter.status(), breakAfter.body()),
                () -> assertEquals("user", byUser.json().path("confirmedBy").asText(), byUser.body()),
                () -> assertEquals("user,manager", done.path("confirmedBy").asText(), done.toString()),
                () -> assertEquals(1, done.path("breaks").size()),
                () -> assertTrue(done.path("breaks").get(0).path("breakId").asText().startsWith("BRK_"), done::toString),
                () -> conforms("timeCard", done));
    }

    @Test
    void anEditedClockedOutCardKeepsWhatWasClocked() {
        String cards = "v1.0/teams/" + team(graph) + "/schedule/timeCards";
        String card = cards + "/" + graph.post(cards + "/clockIn", "{}").json().path("id").asText();
        JsonNode out = graph.post(card + "/clockOut", "{}").json();

        Http.Answer edited = graph.patch(card, "{\"clockInEvent\":{\"dateTime\":\"2019-03-11T08:00:00Z\"}}");
        Http.Answer again = graph.patch(card, "{\"clockInEvent\":{\"dateTime\":\"2019-03-11T09:00:00Z\"}}");

        assertEquals(200, edited.status(), edited.body());
        assertEquals(out.path("clockInEvent"), edited.json().path("originalEntry").path("clockInEvent"));
        assertEquals("2019-03-11T08:00:00.0000000Z", edited.json().path("clockInEvent").path("dateTime").asText());
        assertEquals(out.path("clockInEvent"), again.json().path("originalEntry").path("clockInEvent"), "the first record is kept");
    }

    @Test
    void anApplicationClocksInTheUserItNames() {
        String cards = "v1.0/teams/" + team(graph) + "/schedule/timeCards";
        Http app = graph.as(emulator.tokens().issue(Set.of(SCHEDULE_READ_WRITE), true));

        Http.Answer nobody = app.post(cards + "/clockIn", "{}");
        Http.Answer named = app.post(cards + "/clockIn", "{\"onBehalfOfUserId\":\"" + ScheduleRequestsTest.SENDER + "\"}");

        assertEquals(400, nobody.status(), nobody.body());
        assertEquals("onBehalfOfUserId", nobody.json().path("error").path("target").asText());
        assertEquals(ScheduleRequestsTest.SENDER, named.json().path("userId").asText(), named.body());
    }
}
