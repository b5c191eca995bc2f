package dev.wfi.callback.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.contract.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerJudgeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final AnswerJudge JUDGE = new AnswerJudge(Contract.bundled());

    @Test
    void aCompleteAnswerHasNoViolations() {
        assertEquals(List.of(), JUDGE.violations(update(), ok("{\"responses\":[{\"id\":\"A\",\"status\":200},{\"id\":\"B\",\"status\":200}]}")));
    }

    @Test
    void eachIdIsAnsweredOnceAndNoOtherIs() {
        assertEquals(List.of("answers id A more than once", "answers id C, which was not requested", "no response for request id B"),
                JUDGE.violations(update(), ok("{\"responses\":[{\"id\":\"A\",\"status\":200},{\"id\":\"A\",\"status\":200},"
                        + "{\"id\":\"C\",\"status\":200}]}")));
    }

    @Test
    void aSwapIsApprovedOrRejectedWhole() throws Exception {
        ShiftsCall swap = ShiftsCall.update("T", "swap", JSON.readTree("{\"requests\":[{\"id\":\"R\",\"method\":\"PUT\",\"url\":\"/swapRequests/R\"},"
                + "{\"id\":\"S\",\"method\":\"DELETE\",\"url\":\"/shifts/S\"}]}"), null);
        assertEquals(true, swap.whole());
        assertEquals(List.of("the transaction is approved in part {R=200, S=400}; its items must be approved or rejected together"),
                JUDGE.violations(swap, ok("{\"responses\":[{\"id\":\"R\",\"status\":200},{\"id\":\"S\",\"status\":400}]}")));
        assertEquals(List.of(), JUDGE.violations(swap, ok("{\"responses\":[{\"id\":\"R\",\"status\":400},{\"id\":\"S\",\"status\":400}]}")));
    }

    @Test
    void anApprovedReadCarriesData() throws Exception {
        ShiftsCall read = ShiftsCall.read("T", "read", JSON.readTree("{\"requests\":[{\"id\":\"A\",\"method\":\"GET\",\"url\":\"/shifts/A/requestableShifts\"}]}"));
        assertEquals(List.of("item A: an approved read carries no body.data list of eligible ids"),
                JUDGE.violations(read, ok("{\"responses\":[{\"id\":\"A\",\"status\":200,\"body\":{}}]}")));
        assertEquals(List.of(), JUDGE.violations(read, ok("{\"responses\":[{\"id\":\"A\",\"status\":200,\"body\":{\"data\":[]}}]}")));
    }

    @Test
    void theHttpStatusIs200AndTheBodyJson() {
        assertEquals(List.of("HTTP 500, expected 200 (per-item outcomes belong in the body): oops at line"),
                JUDGE.violations(update(), new WfmAnswer(500, " oops  at\n\n line\n", false, 100)));
        assertEquals(List.of("the body is not JSON: <html>"), JUDGE.violations(update(), ok("<html>")));
        assertEquals(List.of("the body is empty, expected a wfmBatchResponse"), JUDGE.violations(update(), ok("")));
        assertEquals(List.of("wfmBatchResponse: /responses/0/status: expected integer, found string 'ok'"),
                JUDGE.violations(update(), ok("{\"responses\":[{\"id\":\"A\",\"status\":\"ok\"},{\"id\":\"B\",\"status\":200}]}")));
        assertEquals(List.of("wfmBatchResponse: (root): missing required property 'responses'"), JUDGE.violations(update(), ok("{}")));
    }

    @Test
    void aCorruptedTagMustNotBeAccepted() {
        ShiftsCall tampered = ShiftsCall.connect(JSON.createObjectNode(), true);
        assertEquals(List.of("HTTP 200 for a body with a corrupted tag: the endpoint does not check the encryption"),
                JUDGE.violations(tampered, ok("")));
        assertEquals(List.of(), JUDGE.violations(tampered, new WfmAnswer(401, "", false, 100)));
        assertEquals(List.of("HTTP 401, expected 200 to accept the connection"),
                JUDGE.violations(ShiftsCall.connect(JSON.createObjectNode(), false), new WfmAnswer(401, "", false, 100)));
    }

    @Test
    void anAnswerOverTheLimitIsAViolationWhateverItsStatus() {
        assertEquals(List.of("the answer is longer than 100 bytes and was not read further"),
                JUDGE.violations(update(), new WfmAnswer(200, "{\"responses\":[", true, 100)));
    }

    private static ShiftsCall update() {
        try {
            JsonNode batch = JSON.readTree("{\"requests\":[{\"id\":\"A\",\"method\":\"POST\",\"url\":\"/shifts/A\"},"
                    + "{\"id\":\"B\",\"method\":\"POST\",\"url\":\"/shifts/B\"}]}");
            return ShiftsCall.update("T", "create", batch, null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WfmAnswer ok(String body) {
        return new WfmAnswer(200, body, false, 1 << 20);
    }
}
