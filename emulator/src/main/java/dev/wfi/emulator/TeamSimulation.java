package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.shifts.AnswerJudge;
import dev.wfi.callback.shifts.ShiftsCall;
import dev.wfi.callback.shifts.ShiftsClient;
import dev.wfi.callback.shifts.WfmAnswer;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Replays what Shifts sends when a team's schedule changes: one {@code wfmBatchRequest} (the caller's, or
 * a shift created from the contract's example), encrypted to {@code {url}/v{apiVersion}/teams/{teamId}/update}
 * of every active loopback integration whose {@code supportedEntities} covers the changed entities. The
 * report says what was sent where, what came back, and what the callback kit's {@link AnswerJudge} finds wrong
 * with the answer (the judge {@code wfi simulate} uses).
 */
final class TeamSimulation {

    private static final Pattern TEAM_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_BODY_SHOWN = 4096;
    private final Contract contract;
    private final ShiftsCallbacks callbacks;
    private final AnswerJudge judge;
    private final ServerLog log;

    TeamSimulation(Contract contract, ShiftsCallbacks callbacks, ServerLog log) {
        this.contract = contract;
        this.callbacks = callbacks;
        this.judge = new AnswerJudge(contract);
        this.log = log;
    }

    /**
     * @param change the caller's {@code wfmBatchRequest}, or null for the default shift creation
     * @throws GraphError 400 for a malformed team id or batch
     */
    ObjectNode replay(String teamId, JsonNode change, List<ObjectNode> integrations) {
        if (!TEAM_ID.matcher(teamId).matches()) {
            throw GraphError.badRequest("teamId: expected letters, digits, '.', '_', ':' or '-' (at most 128).", "teamId");
        }
        ObjectNode batch = change == null ? defaultBatch() : checked(change);
        Set<String> members = members(batch);
        ShiftsCall call = ShiftsCall.update(teamId, "update", batch, null);
        ObjectNode report = Json.MAPPER.createObjectNode().put("teamId", teamId);
        report.set("batch", batch);
        ArrayNode sent = report.putArray("sent");
        ArrayNode skipped = report.putArray("skipped");
        for (ObjectNode integration : integrations) {
            String id = integration.path("id").asText();
            String reason = skipReason(integration, members);
            if (reason != null) {
                skipped.addObject().put("integrationId", id).put("reason", reason);
                continue;
            }
            sent.add(send(id, ShiftsCallbacks.base(integration).orElseThrow(), ShiftsCallbacks.cipher(integration).orElseThrow(), call));
        }
        return report;
    }

    private ObjectNode send(String id, URI base, CallbackCipher cipher, ShiftsCall call) {
        String shown = ShiftsCallbacks.shown(URI.create(base + call.path()));
        ObjectNode outcome = Json.MAPPER.createObjectNode().put("integrationId", id).put("url", shown);
        try {
            WfmAnswer answer = callbacks.send(base, cipher, call);
            log.line("integration " + id + ": POST " + shown + " answered " + answer.status());
            outcome.put("status", answer.status());
            JsonNode body = answer.cut() ? null : json(answer.body());
            if (body == null) {
                String text = answer.body();
                outcome.put("body", text.length() > MAX_BODY_SHOWN ? text.substring(0, MAX_BODY_SHOWN) + "..." : text);
            } else {
                outcome.set("body", body);
            }
            ArrayNode violations = outcome.putArray("violations");
            judge.violations(call, answer).forEach(violations::add);
        } catch (IOException e) {
            log.line("integration " + id + ": POST " + shown + " failed: " + ShiftsClient.describe(e));
            outcome.put("error", ShiftsClient.describe(e));
        }
        return outcome;
    }

    private String skipReason(ObjectNode integration, Set<String> members) {
        if (!integration.path("isActive").asBoolean(false)) {
            return "inactive";
        }
        for (String member : members) {
            if (!ShiftsCallbacks.supports(integration, member)) {
                return "supportedEntities does not include " + member;
            }
        }
        return ShiftsCallbacks.updateSkipReason(integration);
    }

    private ObjectNode checked(JsonNode change) {
        List<SchemaViolation> violations = contract.validate("wfmBatchRequest", change);
        if (!violations.isEmpty()) {
            throw GraphError.badRequest("Invalid wfmBatchRequest: " + violations.get(0).message() + ".",
                    EntityBody.target(violations.get(0).pointer()));
        }
        ObjectNode batch = change.deepCopy();
        for (JsonNode item : batch.path("requests")) {
            if (ScheduleCollection.ofCallbackUrl(item.path("url").asText("")).isEmpty()) {
                throw GraphError.badRequest("requests: url '" + item.path("url").asText()
                        + "' names no entity Shifts sends to /update; expected one of " + ScheduleCollection.callbackSegments() + ".", "requests");
            }
            ObjectNode headers = item.path("headers") instanceof ObjectNode h ? h : ((ObjectNode) item).putObject("headers");
            if (!headers.has("X-MS-Transaction-ID")) {
                headers.put("X-MS-Transaction-ID", UUID.randomUUID().toString());
            }
            if (!headers.has("X-MS-Expires")) {
                headers.put("X-MS-Expires", expires());
            }
        }
        return batch;
    }

    /** A shift created in Shifts: the contract's {@code shift} example with a fresh id. */
    private ObjectNode defaultBatch() {
        ObjectNode shift = Json.MAPPER.valueToTree(contract.openApi().getComponents().getSchemas().get("shift").getExample());
        String id = "SHFT_" + UUID.randomUUID();
        shift.put("id", id);
        ObjectNode batch = Json.MAPPER.createObjectNode();
        ObjectNode item = batch.putArray("requests").addObject().put("id", id).put("method", "POST").put("url", "/shifts/" + id);
        item.putObject("headers").put("X-MS-Transaction-ID", UUID.randomUUID().toString()).put("X-MS-Expires", expires());
        item.set("body", shift);
        return batch;
    }

    private static Set<String> members(ObjectNode batch) {
        Set<String> members = new LinkedHashSet<>();
        batch.path("requests").forEach(item -> members.add(ScheduleCollection.ofCallbackUrl(item.path("url").asText()).orElseThrow().member()));
        return members;
    }

    private static String expires() {
        return Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static JsonNode json(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
