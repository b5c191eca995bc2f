package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WorkforceIntegration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How a checked request body becomes the stored integration: the service sets {@code id}, the timestamps
 * and {@code createdBy}/{@code lastModifiedBy}; an update merges only the properties sent.
 *
 * <p>Decision on nested objects: an update merges into {@code encryption} rather than replacing it, so a
 * client can change {@code protocol} without sending the secret again, which it cannot read back. A
 * property sent as {@code null} becomes null.
 */
final class IntegrationChanges {

    private IntegrationChanges() {
    }

    static ObjectNode created(String id, ObjectNode supplied, Grant grant) {
        ObjectNode created = supplied.deepCopy();
        String now = now();
        created.put("id", id);
        created.set("createdBy", identitySet(grant));
        created.put("createdDateTime", now);
        created.set("lastModifiedBy", identitySet(grant));
        created.put("lastModifiedDateTime", now);
        return canonical(created);
    }

    static ObjectNode updated(ObjectNode current, ObjectNode supplied, Grant grant) {
        merge(current, supplied);
        current.set("lastModifiedBy", identitySet(grant));
        current.put("lastModifiedDateTime", now());
        return canonical(current);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                merge(into, from);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    /**
     * The stored form is the generated model's: flag sets written canonically ({@code "Shift,SwapRequest"}
     * is kept as {@code "shift,swapRequest"}), every property present, null when unset.
     */
    static ObjectNode canonical(ObjectNode integration) {
        try {
            return Json.MAPPER.valueToTree(Json.MAPPER.treeToValue(integration, WorkforceIntegration.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the body passed the contract's validation, so the model reads it; anything else is a bug
            throw new IllegalStateException("a validated workforceIntegration does not map onto the model", e);
        }
    }

    static WorkforceIntegration model(ObjectNode integration) {
        try {
            return Json.MAPPER.treeToValue(integration, WorkforceIntegration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored workforceIntegration does not map onto the model", e);
        }
    }

    private static ObjectNode identitySet(Grant grant) {
        ObjectNode set = Json.MAPPER.createObjectNode();
        ObjectNode identity = set.putObject(grant.application() ? "application" : "user");
        identity.put("id", grant.principalId());
        identity.put("displayName", grant.displayName());
        return set;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern(Json.GRAPH_TIME));
    }
}
