package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.Identity;
import dev.wfi.models.model.IdentitySet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

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

    static Revision created(String id, ObjectNode supplied, Grant grant) {
        ObjectNode created = supplied.deepCopy();
        JsonNode by = Json.MAPPER.valueToTree(identitySet(grant));
        JsonNode at = Json.MAPPER.valueToTree(now());
        created.put("id", id);
        created.set("createdBy", by);
        created.set("createdDateTime", at);
        created.set("lastModifiedBy", by.deepCopy());
        created.set("lastModifiedDateTime", at);
        return Revision.canonical(created);
    }

    static Revision updated(Revision current, ObjectNode supplied, Grant grant) {
        ObjectNode changes = Json.MAPPER.createObjectNode();
        supplied.fields().forEachRemaining(field -> {
            JsonNode existing = current.value().get(field.getKey());
            if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                ObjectNode merged = into.deepCopy();
                merge(merged, from);
                changes.set(field.getKey(), merged);
            } else {
                changes.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return current.updated(changes, Map.of("lastModifiedBy", identitySet(grant), "lastModifiedDateTime", now()));
    }

    /** Merges {@code patch} into {@code target}: nested objects property by property, everything else replaced. */
    static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                merge(into, from);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    /** Now, in the 100 ns Graph writes (seven fraction digits), so that the time reads back from its JSON as it is. */
    static OffsetDateTime now() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return now.withNano(now.getNano() / 100 * 100);
    }

    /** Who made a change, as {@code createdBy} and {@code lastModifiedBy} name them: the token's user or application. */
    static IdentitySet identitySet(Grant grant) {
        Identity identity = new Identity().id(grant.principalId()).displayName(grant.displayName());
        return grant.application() ? new IdentitySet().application(identity) : new IdentitySet().user(identity);
    }
}
