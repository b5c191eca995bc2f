package dev.wfi.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The WFM system of record, in memory: entities by team, kind (the url's first segment) and id. */
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

    List<String> ids(String team, String kind) {
        String prefix = kind.toLowerCase() + "/";
        return entities(team).keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).sorted().toList();
    }

    int size(String team) {
        return entities(team).size();
    }

    private Map<String, Stored> entities(String team) {
        return byTeamAndKey.computeIfAbsent(team, t -> new ConcurrentHashMap<>());
    }

    private static String key(String kind, String id) {
        return kind.toLowerCase() + "/" + id;
    }
}
