package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The teams' schedules and their items, in memory and, with a data directory, in a journal of their own
 * ({@value #FILE_NAME}, beside the integrations'; the same {@link Journal}: each write forced to disk before it is
 * acknowledged, compacted at start). A write of several items (a swap approved: the request and four shifts) is one
 * journal record, so a crash keeps all of it or none.
 *
 * <p>Each team's state is read and changed under its own lock, never held while a workforce integration is asked:
 * a change is planned from what is read, the integration is asked, and {@link #commit} stores it only if every item it
 * touches is still as it was read.
 */
final class Schedules implements AutoCloseable {
    static final String FILE_NAME = "schedules.jsonl";

    /** One team: its schedule (null until created) and its items, each collection in creation order. */
    static final class Team {
        private ScheduleItem schedule;
        private final Map<ScheduleCollection, Map<String, ScheduleItem>> items = new EnumMap<>(ScheduleCollection.class);

        Optional<ScheduleItem> schedule() {
            return Optional.ofNullable(schedule);
        }

        Optional<ScheduleItem> item(ScheduleCollection collection, String id) {
            return Optional.ofNullable(items(collection).get(id));
        }

        /** The collection's items, oldest first; the caller must not change the map. */
        Map<String, ScheduleItem> items(ScheduleCollection collection) {
            return items.computeIfAbsent(collection, c -> new LinkedHashMap<>());
        }
    }

    private final Map<String, Team> teams = new ConcurrentHashMap<>();
    private final AtomicLong nextSeq = new AtomicLong(1);
    private final Journal journal;

    private Schedules(Journal journal) {
        this.journal = journal;
    }

    static Schedules inMemory() {
        return new Schedules(Journal.inMemory());
    }

    /** The state the journal in {@code dir} records; the journal is compacted to it before new writes. */
    static Schedules open(Path dir, ServerLog log) throws IOException {
        Schedules replayed = new Schedules(Journal.inMemory());
        for (ObjectNode record : Journal.replay(dir, FILE_NAME, log)) {
            replayed.apply(record);
        }
        List<ObjectNode> live = new ArrayList<>();
        replayed.teams.forEach((teamId, team) -> {
            team.schedule().ifPresent(schedule -> live.add(scheduleRecord(teamId, schedule)));
            List<ObjectNode> changes = new ArrayList<>();
            team.items.forEach((collection, items) -> items.values().forEach(item -> changes.add(change(collection, item))));
            changes.sort(Comparator.comparingLong(change -> change.path("seq").asLong()));
            changes.forEach(change -> live.add(itemsRecord(teamId, List.of(change))));
        });
        Schedules schedules = new Schedules(Journal.open(dir, FILE_NAME, live));
        schedules.teams.putAll(replayed.teams);
        schedules.nextSeq.set(replayed.nextSeq.get());
        return schedules;
    }

    /** What {@code reader} makes of the team's state, read under its lock; empty when the team has no schedule. */
    <T> Optional<T> read(String teamId, java.util.function.Function<Team, T> reader) {
        Team team = teams.get(teamId);
        if (team == null) {
            return Optional.empty();
        }
        synchronized (team) {
            return team.schedule == null ? Optional.empty() : Optional.ofNullable(reader.apply(team));
        }
    }

    /** Stores the team's schedule, creating the team on its first. */
    ScheduleItem putSchedule(String teamId, ObjectNode schedule) {
        Team team = teams.computeIfAbsent(teamId, id -> new Team());
        long position;
        ScheduleItem stored;
        synchronized (team) {
            stored = new ScheduleItem(teamId, 0, null, schedule);
            position = journal.append(scheduleRecord(teamId, stored));
            team.schedule = stored;
        }
        journal.sync(position);
        return stored;
    }

    /**
     * Stores the changes together, each item with a new tag, if every item they touch is still as it was read.
     *
     * @return the stored items, in the order of the changes (null for a deleted one)
     * @throws GraphError 404 when the team has no schedule; 409 when an item changed since it was read
     */
    List<ScheduleItem> commit(String teamId, List<ScheduleChange> changes) {
        Team team = teams.get(teamId);
        if (team == null) {
            throw ScheduleOperations.noSchedule(teamId);
        }
        long position;
        List<ScheduleItem> stored = new ArrayList<>();
        synchronized (team) {
            for (ScheduleChange change : changes) {
                ScheduleItem current = team.items(change.collection()).get(change.id());
                if (current != change.before()) {
                    throw new GraphError(409, "conflict", change.collection().schema() + " " + change.id()
                            + " changed while this request was being decided; read it again and retry.", null);
                }
            }
            List<ObjectNode> records = new ArrayList<>();
            for (ScheduleChange change : changes) {
                ScheduleItem item = change.after() == null ? null : new ScheduleItem(change.id(),
                        change.before() == null ? nextSeq.getAndIncrement() : change.before().seq(),
                        UUID.randomUUID().toString(), change.after());
                stored.add(item);
                records.add(item == null ? deletion(change.collection(), change.id()) : change(change.collection(), item));
            }
            position = journal.append(itemsRecord(teamId, records));
            for (int i = 0; i < changes.size(); i++) {
                ScheduleChange change = changes.get(i);
                if (stored.get(i) == null) {
                    team.items(change.collection()).remove(change.id());
                } else {
                    team.items(change.collection()).put(change.id(), stored.get(i));
                }
            }
        }
        journal.sync(position);
        return stored;
    }

    @Override
    public void close() {
        journal.close();
    }

    private void apply(ObjectNode record) {
        String teamId = record.path("team").asText();
        Team team = teams.computeIfAbsent(teamId, id -> new Team());
        if ("schedule".equals(record.path("op").asText())) {
            team.schedule = new ScheduleItem(teamId, 0, null, (ObjectNode) record.path("value"));
            return;
        }
        for (JsonNode change : record.path("changes")) {
            ScheduleCollection collection = ScheduleCollection.valueOf(change.path("collection").asText());
            String id = change.path("id").asText();
            if (change.path("value") instanceof ObjectNode value) {
                long seq = change.path("seq").asLong();
                team.items(collection).put(id, new ScheduleItem(id, seq, change.path("etag").asText(), value));
                nextSeq.set(Math.max(nextSeq.get(), seq + 1));
            } else {
                team.items(collection).remove(id);
            }
        }
    }

    private static ObjectNode scheduleRecord(String teamId, ScheduleItem schedule) {
        ObjectNode record = Json.MAPPER.createObjectNode().put("op", "schedule").put("team", teamId);
        record.set("value", schedule.value());
        return record;
    }

    private static ObjectNode itemsRecord(String teamId, List<ObjectNode> changes) {
        ObjectNode record = Json.MAPPER.createObjectNode().put("op", "items").put("team", teamId);
        ArrayNode array = record.putArray("changes");
        changes.forEach(array::add);
        return record;
    }

    private static ObjectNode change(ScheduleCollection collection, ScheduleItem item) {
        ObjectNode change = Json.MAPPER.createObjectNode().put("collection", collection.name()).put("id", item.id())
                .put("seq", item.seq()).put("etag", item.etag());
        change.set("value", item.value());
        return change;
    }

    private static ObjectNode deletion(ScheduleCollection collection, String id) {
        return Json.MAPPER.createObjectNode().put("collection", collection.name()).put("id", id).putNull("value");
    }
}
