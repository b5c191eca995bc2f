package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One item a write creates, replaces or deletes, as planned from the state it read: it is committed only if that
 * item is still as it was read ({@code before}, its tag compared), so a change planned before the workforce
 * integration was asked cannot overwrite one made meanwhile.
 *
 * @param before the item as read; null when the change creates it
 * @param after the item's new JSON; null when the change deletes it
 */
record ScheduleChange(ScheduleCollection collection, String id, ScheduleItem before, ObjectNode after) {

    static ScheduleChange create(ScheduleCollection collection, ObjectNode after) {
        return new ScheduleChange(collection, after.path("id").asText(), null, after);
    }

    static ScheduleChange replace(ScheduleCollection collection, ScheduleItem before, ObjectNode after) {
        return new ScheduleChange(collection, before.id(), before, after);
    }

    static ScheduleChange delete(ScheduleCollection collection, ScheduleItem before) {
        return new ScheduleChange(collection, before.id(), before, null);
    }

    /** The method of the change's callback item: {@code POST} creates, {@code PUT} replaces, {@code DELETE} deletes. */
    String method() {
        return before == null ? "POST" : after == null ? "DELETE" : "PUT";
    }
}
