package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WorkforceIntegration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * An integration as one write stored it: its JSON (secret included), the generated model the stub returns and
 * the answer bodies, one per Graph version and {@code Prefer}. Nothing here changes after the write, so each is
 * made at most once and a read converts nothing: JSON to model and back, with its timestamps parsed and
 * formatted, was most of a GET's cost.
 */
final class Revision {
    private static final ModelProperties PROPERTIES = new ModelProperties(Json.MAPPER, WorkforceIntegration.class);

    private final ObjectNode value;
    private final WorkforceIntegration model;
    /** The model as JSON, which answers are rendered from: {@code value} itself once canonical. */
    private final ObjectNode modelTree;
    /** v1.0, v1.0 with Prefer, beta, beta with Prefer; each filled on first use (a race makes the same bytes twice). */
    private final AtomicReferenceArray<byte[]> answers = new AtomicReferenceArray<>(4);

    private Revision(ObjectNode value, WorkforceIntegration model, ObjectNode modelTree) {
        this.value = value;
        this.model = model;
        this.modelTree = modelTree;
    }

    /**
     * The stored form of a checked integration, the generated model's: flag sets written canonically
     * ({@code "Shift,SwapRequest"} is kept as {@code "shift,swapRequest"}), every property present, null when unset.
     */
    static Revision canonical(ObjectNode integration) {
        WorkforceIntegration model = modelOf(integration);
        ObjectNode canonical = Json.MAPPER.valueToTree(model);
        return new Revision(canonical, model, canonical);
    }

    /**
     * The revision after an update: this one's model JSON with the changed properties replaced by what the model
     * writes for their new values, and this one's model with the values it reads from that. The same as
     * {@link #canonical} of the changed integration, converting only what changed.
     *
     * @param changes top-level properties with their whole new values (nested objects already merged), as sent
     * @param setByService properties the service sets, as values of the model's types ({@code OffsetDateTime},
     *     {@code IdentitySet}) that read back from their JSON as they are (a time in 100 ns, Graph's precision):
     *     written by the mapper as the model writes them, and held by the model as they are
     */
    Revision updated(ObjectNode changes, Map<String, Object> setByService) {
        ObjectNode next = Json.MAPPER.createObjectNode().setAll(modelTree); // unchanged values are shared: no revision changes its JSON
        Map<String, Object> modelValues = new HashMap<>();
        changes.fields().forEachRemaining(change -> {
            // the model drops what it does not know; what the service sets wins
            if (PROPERTIES.has(change.getKey()) && !setByService.containsKey(change.getKey())) {
                JsonNode written = PROPERTIES.written(change.getKey(), change.getValue());
                next.set(change.getKey(), written);
                modelValues.put(change.getKey(), PROPERTIES.read(change.getKey(), written));
            }
        });
        setByService.forEach((name, value) -> {
            next.set(name, PROPERTIES.written(name, value));
            modelValues.put(name, value);
        });
        return new Revision(next, PROPERTIES.with(model, modelValues), next);
    }

    /** An integration as it was stored (replayed from the journal), kept as it is. */
    static Revision of(ObjectNode stored) {
        WorkforceIntegration model = modelOf(stored);
        return new Revision(stored, model, Json.MAPPER.valueToTree(model));
    }

    /** The stored JSON; callers must not change it, readers share it without a lock. */
    ObjectNode value() {
        return value;
    }

    /** What the stub returns; shared by every request for this revision, so never changed. */
    WorkforceIntegration model() {
        return model;
    }

    ObjectNode modelTree() {
        return modelTree;
    }

    /**
     * The answer body for a Graph version and {@code Prefer}, made by {@code render} the first time it is asked
     * for; the same array is handed to every request, to be written and never changed.
     */
    byte[] answer(String version, boolean includeUnknownMembers, Supplier<byte[]> render) {
        int variant = (Versions.BETA.equals(version) ? 2 : 0) + (includeUnknownMembers ? 1 : 0);
        byte[] answer = answers.get(variant);
        if (answer == null) {
            answer = render.get();
            answers.set(variant, answer);
        }
        return answer;
    }

    /** The model of a checked integration, or of a checked request body: the stub's parameter is bound with it too. */
    static WorkforceIntegration modelOf(ObjectNode integration) {
        try {
            return Json.MAPPER.treeToValue(integration, WorkforceIntegration.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the body passed the contract's validation, so the model reads it; anything else is a bug
            throw new IllegalStateException("a workforceIntegration does not map onto the model", e);
        }
    }
}
