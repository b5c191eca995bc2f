package dev.wfi.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The WFM system of record, in memory: entities by team, kind (the url's first segment, lower case) and id. */
final class ScheduleStore {

    record Stored(JsonNode body, String eTag) {
    }

    private final Map<String, Map<String, Stored>> byTeamAndKey = new ConcurrentHashMap<>();

    String put(String team, String kind, String id, JsonNode body) {
        String eTag = UUID.randomUUID().toString();
        entities(team).put(key(kind, id), new Stored(body, eTag));
        return eTag;
    }

    boolean remove(String team, String kind, String id) {
        return entities(team).remove(key(kind, id)) != null;
    }

    Optional<JsonNode> get(String team, String kind, String id) {
        return Optional.ofNullable(entities(team).get(key(kind, id))).map(Stored::body);
    }

    List<String> ids(String team, String kind) {
        String prefix = prefix(kind);
        return entities(team).keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).sorted().toList();
    }

    /** The entities of a kind, by id order. */
    List<JsonNode> bodies(String team, String kind) {
        return ids(team, kind).stream().map(id -> get(team, kind, id).orElseThrow()).toList();
    }

    /** Replaces every entity of a kind by {@code bodies} (by their {@code id}): what a read of Teams found. */
    void replaceAll(String team, String kind, List<JsonNode> bodies) {
        String prefix = prefix(kind);
        entities(team).keySet().removeIf(k -> k.startsWith(prefix));
        bodies.forEach(body -> put(team, kind, body.path("id").asText(), body));
    }

    int size(String team) {
        return entities(team).size();
    }

    private Map<String, Stored> entities(String team) {
        return byTeamAndKey.computeIfAbsent(team, t -> new ConcurrentHashMap<>());
    }

    private static String prefix(String kind) {
        return kind.toLowerCase() + "/";
    }

    private static String key(String kind, String id) {
        return prefix(kind) + id;
    }
}
