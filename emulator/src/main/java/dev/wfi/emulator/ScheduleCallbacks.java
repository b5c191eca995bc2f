package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.shifts.AnswerJudge;
import dev.wfi.callback.shifts.ShiftsCall;
import dev.wfi.callback.shifts.ShiftsClient;
import dev.wfi.callback.shifts.WfmAnswer;
import dev.wfi.contract.Contract;
import dev.wfi.models.model.EligibilityFilteringEnabledEntities;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Shifts toward the workforce integrations a team's schedule is linked to ({@code workforceIntegrationIds}): a change
 * not made by the WFM itself is first sent, encrypted, to each linked integration whose {@code supportedEntities}
 * covers its items ({@code POST {url}/v{apiVersion}/teams/{teamId}/update}, one {@code X-MS-Transaction-ID} for the
 * whole change), and may be stored only when every item sent comes back with a 2xx status. A change made through Graph
 * with {@code X-MS-WFMPassthrough} is not sent to the integration it names (the WFM's own write) and carries the
 * header on to any other. Eligibility reads go to {@code /read} of the first linked integration whose
 * {@code eligibilityFilteringEnabledEntities} asks for them.
 *
 * <p>As for {@code /connect}, only loopback endpoints are called; another is skipped and the answer's
 * {@code X-Wfi-Emulator-Update} header says so. Answers are judged by the callback kit's {@link AnswerJudge}, the
 * judge of {@code wfi simulate}: an answer that breaks the protocol (a missing item, a swap approved in part, a
 * status other than 200) refuses the change.
 */
final class ScheduleCallbacks {
    private static final long EXPIRES_AFTER_SECONDS = 60;
    /**
     * The code Shifts answers a change its WFM refused with, the WFM's message beside it (as seen from Teams:
     * OfficeDev/Microsoft-Teams-Shifts-WFM-Connectors issue 35, "code":"WorkforceIntegrationError").
     */
    static final String REJECTED = "WorkforceIntegrationError";

    private final IntegrationStore integrations;
    private final ShiftsCallbacks callbacks;
    private final AnswerJudge judge;
    private final ServerLog log;

    ScheduleCallbacks(Contract contract, IntegrationStore integrations, ShiftsCallbacks callbacks, ServerLog log) {
        this.integrations = integrations;
        this.callbacks = callbacks;
        this.judge = new AnswerJudge(contract);
        this.log = log;
    }

    /**
     * Has the linked integrations approve the change; returns normally when it may be stored.
     *
     * @param label what the change is, for the log and the integrations' reports ("create", "approve")
     * @throws GraphError 400 {@code WorkforceIntegrationError} naming the WFM's reason when an integration rejects an
     *     item; 503 when one
     *     cannot be reached or answers against the protocol
     */
    void approve(ScheduleRequest request, String label, List<String> linked, List<ScheduleChange> changes) {
        List<String> outcomes = new ArrayList<>();
        String transaction = UUID.randomUUID().toString();
        for (String id : linked) {
            if (id.equals(request.passthrough())) {
                outcomes.add("not sent to " + id + " (the change is its own: X-MS-WFMPassthrough)");
                continue;
            }
            Optional<ObjectNode> integration = integrations.get(id).map(Revision::value);
            List<ScheduleChange> covered = integration.map(i -> changes.stream()
                    .filter(change -> ShiftsCallbacks.supports(i, change.collection().member())).toList()).orElse(List.of());
            String skip = integration.isEmpty() ? "no such integration" : covered.isEmpty() ? "supportedEntities covers none of the items"
                    : ShiftsCallbacks.updateSkipReason(integration.get());
            if (skip != null) {
                outcomes.add("not sent to " + id + " (" + skip + ")");
                continue;
            }
            outcomes.add(send(request, label, id, integration.get(), ShiftsCall.update(request.teamId(), label,
                    batch(covered, transaction), request.passthrough())));
        }
        if (!outcomes.isEmpty()) {
            request.reportUpdate(String.join("; ", outcomes));
        }
    }

    /**
     * The ids the first linked integration that filters {@code member} finds eligible for the read {@code url}
     * ({@code /shifts/{id}/requestableShifts?...}, {@code /users/{id}/timeOffReasons?...}); empty when none filters it,
     * and the caller shows everything.
     *
     * @throws GraphError 503 when that integration cannot be reached, answers against the protocol or refuses the read
     */
    Optional<List<String>> eligible(ScheduleRequest request, List<String> linked, EligibilityFilteringEnabledEntities.Member member,
            String itemId, String url) {
        for (String id : linked) {
            Optional<ObjectNode> integration = integrations.get(id).map(Revision::value);
            if (integration.isEmpty() || !filters(integration.get(), member) || ShiftsCallbacks.updateSkipReason(integration.get()) != null) {
                continue;
            }
            ObjectNode batch = Json.MAPPER.createObjectNode();
            item(batch.putArray("requests"), itemId, "GET", url, UUID.randomUUID().toString(), null);
            ShiftsCall call = ShiftsCall.read(request.teamId(), "eligibility read", batch);
            JsonNode answered = answered(id, integration.get(), call, request);
            JsonNode item = answered.path("responses").get(0);
            if (item.path("status").asInt() != 200) {
                throw unavailable("workforce integration " + id + " refused the eligibility read " + url + " (item status "
                        + item.path("status").asInt() + message(item) + ").");
            }
            request.reportUpdate("read from " + id + ": " + item.path("body").path("data").size() + " eligible");
            return Optional.of(ScheduleOperations.texts(item.path("body").path("data")));
        }
        return Optional.empty();
    }

    private String send(ScheduleRequest request, String label, String id, ObjectNode integration, ShiftsCall call) {
        JsonNode answered = answered(id, integration, call, request);
        for (JsonNode item : answered.path("responses")) {
            int status = item.path("status").asInt();
            if (status < 200 || status > 299) {
                throw new GraphError(400, REJECTED, "Sorry, your change couldn't be completed: workforce integration "
                        + integration.path("displayName").asText() + " (" + id + ") rejected the " + label + ": item "
                        + item.path("id").asText() + " answered " + status + message(item) + ". Nothing was changed.", null);
            }
        }
        return "200 from " + shown(integration, call) + ": " + call.ids().size() + " approved";
    }

    /** The answer's body when it follows the protocol. */
    private JsonNode answered(String id, ObjectNode integration, ShiftsCall call, ScheduleRequest request) {
        URI base = ShiftsCallbacks.base(integration).orElseThrow();
        String shown = shown(integration, call);
        WfmAnswer answer;
        try {
            answer = callbacks.send(base, ShiftsCallbacks.cipher(integration).orElseThrow(), call);
        } catch (IOException e) {
            log.line("integration " + id + ": POST " + shown + " failed: " + ShiftsClient.describe(e));
            throw unavailable("POST " + shown + " failed (" + ShiftsClient.describe(e) + "); Shifts stores a change to team "
                    + request.teamId() + " only when its workforce integration approves it.");
        }
        log.line("integration " + id + ": POST " + shown + " answered " + answer.status());
        List<String> violations = judge.violations(call, answer);
        if (!violations.isEmpty()) {
            throw unavailable("POST " + shown + " answered against the callback protocol: " + String.join("; ", violations) + ".");
        }
        try {
            return Json.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("the judge passed an answer that is not JSON", e);
        }
    }

    private static boolean filters(ObjectNode integration, EligibilityFilteringEnabledEntities.Member member) {
        JsonNode value = integration.path("eligibilityFilteringEnabledEntities");
        return value.isTextual() && EligibilityFilteringEnabledEntities.fromValue(value.asText()).contains(member);
    }

    /** Shifts' batch for a change: one item per entity, all in one transaction, each with the entity as stored. */
    private static ObjectNode batch(List<ScheduleChange> changes, String transaction) {
        ObjectNode batch = Json.MAPPER.createObjectNode();
        ArrayNode requests = batch.putArray("requests");
        for (ScheduleChange change : changes) {
            ObjectNode entity = change.after() != null ? change.after() : change.before().value();
            item(requests, change.id(), change.method(), change.collection().callbackUrl(change.id()), transaction, entity);
        }
        return batch;
    }

    private static void item(ArrayNode requests, String id, String method, String url, String transaction, JsonNode body) {
        ObjectNode item = requests.addObject().put("id", id).put("method", method).put("url", url);
        item.putObject("headers").put("X-MS-Transaction-ID", transaction)
                .put("X-MS-Expires", Instant.now().plusSeconds(EXPIRES_AFTER_SECONDS).truncatedTo(ChronoUnit.MILLIS).toString());
        if (body != null) {
            item.set("body", body);
        }
    }

    private static String shown(ObjectNode integration, ShiftsCall call) {
        return ShiftsCallbacks.shown(URI.create(ShiftsCallbacks.base(integration).orElseThrow() + call.path()));
    }

    private static String message(JsonNode item) {
        JsonNode error = item.path("body").path("error");
        return error.isObject() ? ", " + error.path("code").asText() + ": " + error.path("message").asText() : "";
    }

    private static GraphError unavailable(String message) {
        return new GraphError(503, "serviceNotAvailable", message, null);
    }
}
