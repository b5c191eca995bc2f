package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a checked request body becomes the stored integration: the service sets {@code id}, the timestamps
 * and {@code createdBy}/{@code lastModifiedBy}; an update merges only the properties sent.
 *
 * <p>Decision on nested objects: an update merges into {@code encryption} rather than replacing it, so a
 * client can change {@code protocol} without sending the secret again, which it cannot read back. A
 * property sent as {@code null} becomes null.
 */
final class IntegrationChanges {

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern(Json.GRAPH_TIME);

    private IntegrationChanges() {
    }

    static Revision created(String id, ObjectNode supplied, Grant grant) {
        ObjectNode created = supplied.deepCopy();
        String now = now();
        created.put("id", id);
        created.set("createdBy", identitySet(grant));
        created.put("createdDateTime", now);
        created.set("lastModifiedBy", identitySet(grant));
        created.put("lastModifiedDateTime", now);
        return Revision.canonical(created);
    }

    static Revision updated(ObjectNode current, ObjectNode supplied, Grant grant) {
        merge(current, supplied);
        current.set("lastModifiedBy", identitySet(grant));
        current.put("lastModifiedDateTime", now());
        return Revision.canonical(current);
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

    private static ObjectNode identitySet(Grant grant) {
        ObjectNode set = Json.MAPPER.createObjectNode();
        ObjectNode identity = set.putObject(grant.application() ? "application" : "user");
        identity.put("id", grant.principalId());
        identity.put("displayName", grant.displayName());
        return set;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(GRAPH_TIME);
    }
}
