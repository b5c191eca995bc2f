package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The state machine of the four request collections (swap, offer, open shift, time off): a request is created
 * {@code pending}; approve or decline moves it once to {@code approved} or {@code declined}, and a decided request
 * cannot be decided again (409). An approval changes the schedule in the same write, as Shifts does: a swap exchanges
 * the two shifts (both deleted, each recreated for the other user: the five items of Shifts' swap transaction), an
 * offer gives the shift to the recipient, an open shift request turns one slot of the open shift into the sender's
 * shift, and a time-off request becomes the sender's time off.
 */
final class ScheduleRequests {
    private ScheduleRequests() {
    }

    /**
     * Sets what the service sets on a new request and checks the items it names exist.
     *
     * @throws GraphError 400 naming what is missing or unknown
     */
    static void opened(ScheduleCollection collection, ObjectNode request, Schedules.Team team, ScheduleRequest caller) {
        String sender = caller.actingUser();
        if (sender == null) {
            throw GraphError.badRequest("MS-APP-ACTS-AS: an application token creates a request on behalf of the user "
                    + "this header names.", "MS-APP-ACTS-AS");
        }
        request.put("state", "pending").put("senderUserId", sender);
        request.set("senderDateTime", Json.MAPPER.valueToTree(IntegrationChanges.now()));
        if (!request.path("assignedTo").isTextual()) {
            request.put("assignedTo", "manager");
        }
        switch (collection) {
            case SWAP_REQUESTS -> {
                shift(team, request, "senderShiftId", ScheduleCollection.SHIFTS);
                ScheduleItem recipient = shift(team, request, "recipientShiftId", ScheduleCollection.SHIFTS);
                if (!request.path("recipientUserId").isTextual()) {
                    request.set("recipientUserId", recipient.value().path("userId").deepCopy());
                }
            }
            case OFFER_REQUESTS -> {
                shift(team, request, "senderShiftId", ScheduleCollection.SHIFTS);
                required(request, "recipientUserId");
            }
            case OPEN_SHIFT_REQUESTS -> shift(team, request, "openShiftId", ScheduleCollection.OPEN_SHIFTS);
            case TIME_OFF_REQUESTS -> {
                required(request, "startDateTime");
                required(request, "endDateTime");
                if (request.path("timeOffReasonId").isTextual()) {
                    shift(team, request, "timeOffReasonId", ScheduleCollection.TIME_OFF_REASONS);
                }
            }
            default -> throw new IllegalArgumentException(collection + " is not a request collection");
        }
    }

    /**
     * The changes of a decision: the request decided and, for an approval, what it does to the schedule.
     *
     * @throws GraphError 409 when the request is already decided, or an item the approval changes is gone
     */
    static List<ScheduleChange> decided(ScheduleCollection collection, ScheduleItem current, boolean approve,
            Schedules.Team team, ScheduleRequest caller) {
        JsonNode state = current.value().path("state");
        if (ScheduleOperations.isDecided(current.value())) {
            throw new GraphError(409, "conflict", collection.schema() + " " + current.id() + " is already " + state.asText()
                    + "; only a pending request can be " + (approve ? "approved" : "declined") + ".", null);
        }
        ObjectNode decided = current.value().deepCopy();
        decided.put("state", approve ? "approved" : "declined").put("assignedTo", "manager");
        JsonNode message = caller.body() == null ? null : caller.body().path("message");
        decided.set("managerActionMessage", message != null && message.isTextual() ? message : Json.MAPPER.nullNode());
        decided.set("managerActionDateTime", Json.MAPPER.valueToTree(IntegrationChanges.now()));
        String manager = caller.actingUser();
        decided.put("managerUserId", manager != null ? manager : caller.grant().principalId());
        List<ScheduleChange> changes = new ArrayList<>();
        changes.add(ScheduleChange.replace(collection, current, ScheduleOperations.canonical(collection.schema(),
                ScheduleOperations.modified(decided, caller))));
        if (approve) {
            changes.addAll(effects(collection, current.value(), team, caller));
        }
        return changes;
    }

    private static List<ScheduleChange> effects(ScheduleCollection collection, JsonNode request, Schedules.Team team,
            ScheduleRequest caller) {
        List<ScheduleChange> changes = new ArrayList<>();
        switch (collection) {
            case SWAP_REQUESTS -> {
                ScheduleItem sender = existing(team, request, "senderShiftId", ScheduleCollection.SHIFTS);
                ScheduleItem recipient = existing(team, request, "recipientShiftId", ScheduleCollection.SHIFTS);
                changes.add(ScheduleChange.delete(ScheduleCollection.SHIFTS, sender));
                changes.add(ScheduleChange.delete(ScheduleCollection.SHIFTS, recipient));
                changes.add(ScheduleChange.create(ScheduleCollection.SHIFTS, reassigned(sender, recipient.value().path("userId"), caller)));
                changes.add(ScheduleChange.create(ScheduleCollection.SHIFTS, reassigned(recipient, sender.value().path("userId"), caller)));
            }
            case OFFER_REQUESTS -> {
                ScheduleItem shift = existing(team, request, "senderShiftId", ScheduleCollection.SHIFTS);
                ObjectNode given = shift.value().deepCopy().put("userId", request.path("recipientUserId").asText());
                changes.add(ScheduleChange.replace(ScheduleCollection.SHIFTS, shift,
                        ScheduleOperations.canonical("shift", ScheduleOperations.modified(given, caller))));
            }
            case OPEN_SHIFT_REQUESTS -> {
                ScheduleItem open = existing(team, request, "openShiftId", ScheduleCollection.OPEN_SHIFTS);
                JsonNode shared = open.value().path("sharedOpenShift");
                int slots = shared.path("openSlotCount").asInt(0);
                if (!shared.isObject() || slots < 1) {
                    throw new GraphError(409, "conflict", "openShift " + open.id() + " has no shared slot left to give.", null);
                }
                ObjectNode shift = Json.MAPPER.createObjectNode().put("id", ScheduleCollection.SHIFTS.newId())
                        .put("userId", request.path("senderUserId").asText())
                        .put("isStagedForDeletion", false);
                shift.set("schedulingGroupId", open.value().path("schedulingGroupId").deepCopy());
                ObjectNode item = shared.deepCopy();
                item.remove("openSlotCount");
                shift.set("sharedShift", item);
                ScheduleOperations.created(shift, caller);
                changes.add(ScheduleChange.create(ScheduleCollection.SHIFTS, ScheduleOperations.canonical("shift", shift)));
                ObjectNode fewer = open.value().deepCopy();
                ((ObjectNode) fewer.path("sharedOpenShift")).put("openSlotCount", slots - 1);
                changes.add(ScheduleChange.replace(ScheduleCollection.OPEN_SHIFTS, open,
                        ScheduleOperations.canonical("openShift", ScheduleOperations.modified(fewer, caller))));
            }
            case TIME_OFF_REQUESTS -> {
                ObjectNode timeOff = Json.MAPPER.createObjectNode().put("id", ScheduleCollection.TIMES_OFF.newId())
                        .put("userId", request.path("senderUserId").asText()).put("isStagedForDeletion", false);
                ObjectNode shared = timeOff.putObject("sharedTimeOff");
                for (String property : List.of("startDateTime", "endDateTime", "timeOffReasonId")) {
                    shared.set(property, request.path(property).deepCopy());
                }
                shared.put("theme", "white");
                ScheduleOperations.created(timeOff, caller);
                changes.add(ScheduleChange.create(ScheduleCollection.TIMES_OFF, ScheduleOperations.canonical("timeOff", timeOff)));
            }
            default -> throw new IllegalArgumentException(collection + " is not a request collection");
        }
        return changes;
    }

    /** A new shift like {@code shift} for another user, as a swap makes it. */
    private static ObjectNode reassigned(ScheduleItem shift, JsonNode userId, ScheduleRequest caller) {
        ObjectNode swapped = shift.value().deepCopy().put("id", ScheduleCollection.SHIFTS.newId());
        swapped.set("userId", userId.deepCopy());
        ScheduleOperations.created(swapped, caller);
        return ScheduleOperations.canonical("shift", swapped);
    }

    /** The item a new request names: a 400 when it names none. */
    private static ScheduleItem shift(Schedules.Team team, ObjectNode request, String property, ScheduleCollection collection) {
        String id = required(request, property);
        return team.item(collection, id).orElseThrow(() -> GraphError.badRequest(property + ": no " + collection.schema()
                + " with the id " + id + " in this schedule.", property));
    }

    /** The item an approval changes: a 409 when it is gone since the request was made. */
    private static ScheduleItem existing(Schedules.Team team, JsonNode request, String property, ScheduleCollection collection) {
        String id = request.path(property).asText();
        return team.item(collection, id).orElseThrow(() -> new GraphError(409, "conflict", "The request's " + property + " "
                + id + " is no longer in the schedule; decline the request.", null));
    }

    private static String required(JsonNode request, String property) {
        return ScheduleOperations.text(request, property).orElseThrow(() ->
                GraphError.badRequest(property + ": required on a new request.", property));
    }
}
