package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The workforce integrations, as stored JSON (secret included) in {@link Revision}s, in memory and, with a
 * data directory, in the {@link Journal}. A change to one integration is a read-modify-write under that
 * integration's lock, so concurrent PATCHes of different properties all survive; a method returns only once
 * its journal record is on disk, which is what makes the answer an acknowledgement.
 *
 * <p>Stored values are never changed in place: readers get them without locking. A read may therefore see a
 * write whose force is still under way; that write is not yet acknowledged to its writer, who would get an
 * error if the force failed. A change function runs under the integration's lock, {@code /connect} call
 * included, so nothing slips in between the call and the write it allows; integrations sharing the lock's
 * stripe wait meanwhile, which an emulator can afford.
 */
final class IntegrationStore implements AutoCloseable {

    /** An integration and its creation sequence number, which orders the list and its pages. */
    record Stored(long seq, Revision revision) {
        ObjectNode value() {
            return revision.value();
        }
    }

    /** One page of the list: the items and whether more follow the last of them. */
    record Page(List<Stored> items, boolean more) {
    }

    private static final int STRIPES = 64;

    private final Map<String, Stored> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextSeq = new AtomicLong(1);
    private final Object[] stripes = new Object[STRIPES];
    private final Journal journal;

    private IntegrationStore(Journal journal) {
        this.journal = journal;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    static IntegrationStore inMemory() {
        return new IntegrationStore(Journal.inMemory());
    }

    /** The state the journal in {@code dir} records; the journal is compacted to it before new writes. */
    static IntegrationStore open(Path dir, ServerLog log) throws IOException {
        Map<String, Stored> state = new LinkedHashMap<>();
        long maxSeq = 0;
        for (ObjectNode record : Journal.replay(dir, log)) {
            if ("delete".equals(record.path("op").asText())) {
                state.remove(record.path("id").asText());
            } else if (record.path("value") instanceof ObjectNode value) {
                long seq = record.path("seq").asLong();
                state.put(value.path("id").asText(), new Stored(seq, Revision.of(value)));
                maxSeq = Math.max(maxSeq, seq);
            }
        }
        List<ObjectNode> live = state.values().stream().sorted(Comparator.comparingLong(Stored::seq))
                .map(IntegrationStore::putRecord).toList();
        IntegrationStore store = new IntegrationStore(Journal.open(dir, live));
        store.byId.putAll(state);
        store.nextSeq.set(maxSeq + 1);
        return store;
    }

    Optional<Revision> get(String id) {
        Stored stored = byId.get(id);
        return stored == null ? Optional.empty() : Optional.of(stored.revision());
    }

    /** Up to {@code top} integrations created after sequence number {@code afterSeq}, oldest first. */
    Page list(long afterSeq, int top) {
        List<Stored> after = new ArrayList<>();
        for (Stored stored : byId.values()) {
            if (stored.seq() > afterSeq) {
                after.add(stored);
            }
        }
        after.sort(Comparator.comparingLong(Stored::seq));
        return after.size() > top ? new Page(List.copyOf(after.subList(0, top)), true) : new Page(List.copyOf(after), false);
    }

    /** Stores what {@code build} makes of a new id; {@code build} may refuse by throwing, and then nothing is stored. */
    Revision create(Function<String, Revision> build) {
        String id = UUID.randomUUID().toString();
        long position;
        Revision value;
        synchronized (lockOf(id)) {
            value = build.apply(id);
            Stored stored = new Stored(nextSeq.getAndIncrement(), value);
            position = journal.append(putRecord(stored));
            byId.put(id, stored);
        }
        journal.sync(position);
        return value;
    }

    /**
     * Replaces the integration by what {@code change} makes of its current revision, which it must not change.
     *
     * @throws GraphError 404 when there is no such integration; whatever {@code change} throws, unchanged
     */
    Revision update(String id, Function<Revision, Revision> change) {
        long position;
        Revision value;
        synchronized (lockOf(id)) {
            Stored current = byId.get(id);
            if (current == null) {
                throw GraphError.notFound();
            }
            value = change.apply(current.revision());
            Stored next = new Stored(current.seq(), value);
            position = journal.append(putRecord(next));
            byId.put(id, next);
        }
        journal.sync(position);
        return value;
    }

    /** @throws GraphError 404 when there is no such integration */
    void delete(String id) {
        long position;
        synchronized (lockOf(id)) {
            if (!byId.containsKey(id)) {
                throw GraphError.notFound();
            }
            ObjectNode record = Json.MAPPER.createObjectNode().put("op", "delete").put("id", id);
            position = journal.append(record);
            byId.remove(id);
        }
        journal.sync(position);
    }

    /** Every integration, oldest first (the replayed callbacks go to each active one). */
    List<ObjectNode> all() {
        return list(0, Integer.MAX_VALUE).items().stream().map(Stored::value).toList();
    }

    /** {@code text} with every secret the store holds replaced by {@code ***}: for messages that quote a request. */
    String withoutSecrets(String text) {
        String redacted = text;
        for (Stored stored : byId.values()) {
            JsonNode secret = stored.value().path("encryption").path("secret");
            if (secret.isTextual() && !secret.asText().isEmpty() && redacted.contains(secret.asText())) {
                redacted = redacted.replace(secret.asText(), "***");
            }
        }
        return redacted;
    }

    @Override
    public void close() {
        journal.close();
    }

    private Object lockOf(String id) {
        return stripes[Math.floorMod(id.hashCode(), STRIPES)];
    }

    private static ObjectNode putRecord(Stored stored) {
        ObjectNode record = Json.MAPPER.createObjectNode().put("op", "put").put("seq", stored.seq());
        record.set("value", stored.value());
        return record;
    }
}
