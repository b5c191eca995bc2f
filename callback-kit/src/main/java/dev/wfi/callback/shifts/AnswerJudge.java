package dev.wfi.callback.shifts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a WFM endpoint's answer to a {@link ShiftsCall} by the callback protocol: HTTP 200 (per-item outcomes
 * belong in the body), a {@code wfmBatchResponse} that answers every request id once and no other, a swap
 * approved or rejected whole, {@code data} on every approved read, a corrupted tag never accepted, and an
 * answer within the client's size limit. {@code wfi simulate} and the emulator's team simulation both judge
 * with it, so the same answer gets the same violations from both.
 */
public final class AnswerJudge {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET_CHARS = 120;

    private final Contract contract;

    /** @param contract the contract whose {@code wfmBatchResponse} schema answers must follow (the kit's optional dependency) */
    public AnswerJudge(Contract contract) {
        this.contract = contract;
    }

    /** What is wrong with {@code answer} as the answer to {@code call}, one sentence each; empty when nothing is. */
    public List<String> violations(ShiftsCall call, WfmAnswer answer) {
        if (answer.cut()) {
            return List.of("the answer is longer than " + answer.limit() + " bytes and was not read further");
        }
        int status = answer.status();
        if (call.tampered()) {
            return status == 200 ? List.of("HTTP 200 for a body with a corrupted tag: the endpoint does not check the encryption")
                    : List.of();
        }
        if (status != 200) {
            String why = call.isBatch() ? ", expected 200 (per-item outcomes belong in the body)" : ", expected 200 to accept the connection";
            return List.of("HTTP " + status + why + snippet(answer.body()));
        }
        if (!call.isBatch()) {
            return List.of();
        }
        JsonNode body;
        try {
            body = answer.body().isBlank() ? null : JSON.readTree(answer.body());
        } catch (IOException e) {
            return List.of("the body is not JSON" + snippet(answer.body()));
        }
        if (body == null || body.isMissingNode()) {
            return List.of("the body is empty, expected a wfmBatchResponse");
        }
        List<String> violations = new ArrayList<>();
        for (SchemaViolation violation : contract.validate("wfmBatchResponse", body)) {
            violations.add("wfmBatchResponse: " + violation.message());
        }
        JsonNode responses = body.path("responses");
        if (!responses.isArray()) {
            return violations.isEmpty() ? List.of("no 'responses' array") : violations;
        }
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Set<String> expected = new HashSet<>(call.ids());
        for (JsonNode item : responses) {
            String id = item.path("id").isTextual() ? item.path("id").asText() : null;
            if (id == null) {
                continue; // the schema check reported it
            }
            if (!expected.contains(id)) {
                violations.add("answers id " + id + ", which was not requested");
            } else if (statuses.put(id, item.path("status").asInt()) != null) {
                violations.add("answers id " + id + " more than once");
            }
            if (call.isRead() && item.path("status").asInt() == 200 && !item.path("body").path("data").isArray()) {
                violations.add("item " + id + ": an approved read carries no body.data list of eligible ids");
            }
        }
        for (String id : call.ids()) {
            if (!statuses.containsKey(id)) {
                violations.add("no response for request id " + id);
            }
        }
        if (call.whole() && statuses.size() == expected.size()
                && statuses.values().stream().map(s -> s == 200).distinct().count() > 1) {
            violations.add("the transaction is approved in part " + statuses + "; its items must be approved or rejected together");
        }
        return violations;
    }

    /** The start of a body on one line, for a message. */
    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String start = body.strip();
        String line = String.join(" ", start.substring(0, Math.min(start.length(), 4 * SNIPPET_CHARS)).split("\\s+"));
        return ": " + (line.length() > SNIPPET_CHARS ? line.substring(0, SNIPPET_CHARS) + "..." : line);
    }
}
