package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.ETag;

/**
 * One stored item of a team's schedule, or the schedule itself: its JSON as the service keeps it (no OData
 * annotations), its version tag, answered as {@code @odata.etag} and compared with {@code If-Match}, and its creation
 * order, which orders lists and their pages. Never changed once stored: a write stores a new one.
 *
 * @param etag the opaque tag (a GUID, as Graph's look), null for the schedule, which has none
 */
record ScheduleItem(String id, long seq, String etag, ObjectNode value) {

    /** The tag as {@code @odata.etag} writes it: quoted. */
    ETag eTag() {
        return etag == null ? null : ETag.strong(etag);
    }
}
