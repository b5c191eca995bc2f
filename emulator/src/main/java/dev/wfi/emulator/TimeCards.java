package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.ConfirmedBy;
import java.util.List;
import java.util.Set;

/**
 * The time card's state machine: clockIn creates a card {@code clockedIn}; startBreak takes it to {@code onBreak} and
 * endBreak back; clockOut takes a {@code clockedIn} card to {@code clockedOut}; confirm adds {@code user} (the card's
 * own user) or {@code manager} (anyone else) to {@code confirmedBy} of a clocked-out card. Any other step is a 409
 * naming the state. A user has at most one open ({@code clockedIn} or {@code onBreak}) card. The first edit of a
 * clocked-out card keeps what was clocked in {@code originalEntry}.
 *
 * <p>Decision: clockOut while on a break is refused (end the break first), so no break is left without an end.
 */
final class TimeCards {
    private static final Set<String> OPEN = Set.of("clockedIn", "onBreak");

    /** The actions on an existing card, each allowed in one state. */
    enum Action {
        CLOCK_OUT("clockOut", "clockedIn"),
        START_BREAK("startBreak", "clockedIn"),
        END_BREAK("endBreak", "onBreak"),
        CONFIRM("confirm", "clockedOut");

        private final String label;
        private final String from;

        Action(String label, String from) {
            this.label = label;
            this.from = from;
        }

        String label() {
            return label;
        }

        /** The action of a path segment ({@code clockOut}), or null. */
        static Action named(String label) {
            for (Action action : values()) {
                if (action.label.equals(label)) {
                    return action;
                }
            }
            return null;
        }

        /** The card after the action, built from the current one and the request's {@code timeCardEventRequest}. */
        ObjectNode apply(JsonNode current, ScheduleRequest request) {
            String state = current.path("state").asText();
            if (!state.equals(from)) {
                throw new GraphError(409, "conflict", "timeCard " + current.path("id").asText() + " is " + state + "; "
                        + label + " needs a card that is " + from + (this == CLOCK_OUT && state.equals("onBreak")
                        ? " (end the break first)" : "") + ".", null);
            }
            ObjectNode card = current.deepCopy();
            switch (this) {
                case CLOCK_OUT -> {
                    card.put("state", "clockedOut");
                    card.set("clockOutEvent", event(request));
                }
                case START_BREAK -> {
                    card.put("state", "onBreak");
                    ObjectNode started = ScheduleOperations.arrayOf(card, "breaks").addObject()
                            .put("breakId", ScheduleOperations.newId("BRK_"));
                    started.set("start", event(request));
                    started.putNull("end");
                }
                case END_BREAK -> {
                    card.put("state", "clockedIn");
                    ArrayNode breaks = ScheduleOperations.arrayOf(card, "breaks");
                    ((ObjectNode) breaks.get(breaks.size() - 1)).set("end", event(request));
                }
                case CONFIRM -> {
                    boolean own = current.path("userId").asText().equals(request.actingUser());
                    card.put("confirmedBy", ScheduleOperations.withMember(card.path("confirmedBy"),
                            own ? ConfirmedBy.Member.USER : ConfirmedBy.Member.MANAGER));
                }
                default -> throw new IllegalStateException(name());
            }
            return card;
        }
    }

    private TimeCards() {
    }

    /**
     * A new card for the user of a {@code clockInRequest}: {@code onBehalfOfUserId}, else the acting user.
     *
     * @throws GraphError 400 when an application token names no user
     */
    static ObjectNode clockedIn(ScheduleRequest request) {
        JsonNode body = request.body();
        String user = ScheduleOperations.text(body, "onBehalfOfUserId").orElse(request.actingUser());
        if (user == null) {
            throw GraphError.badRequest("onBehalfOfUserId: an application token clocks in the user this property "
                    + "(or MS-APP-ACTS-AS) names.", "onBehalfOfUserId");
        }
        ObjectNode card = Json.MAPPER.createObjectNode().put("userId", user).put("state", "clockedIn");
        card.set("clockInEvent", event(request));
        card.putNull("clockOutEvent");
        card.putArray("breaks");
        card.put("confirmedBy", ConfirmedBy.NONE);
        return card;
    }

    /** A card created as it is (imported from a WFM): its state follows its events when not sent. */
    static void imported(ObjectNode card) {
        if (!card.path("state").isTextual()) {
            card.put("state", card.path("clockOutEvent").isObject() ? "clockedOut" : "clockedIn");
        }
        if (!card.path("confirmedBy").isTextual()) {
            card.put("confirmedBy", ConfirmedBy.NONE);
        }
    }

    /** @throws GraphError 409 when the user has a card that is still open */
    static void refuseSecondOpenCard(String userId, Schedules.Team team) {
        for (ScheduleItem card : team.items(ScheduleCollection.TIME_CARDS).values()) {
            if (card.value().path("userId").asText().equals(userId) && OPEN.contains(card.value().path("state").asText())) {
                throw new GraphError(409, "conflict", "User " + userId + " is already clocked in (timeCard " + card.id()
                        + " is " + card.value().path("state").asText() + "); clock out first.", null);
            }
        }
    }

    /** The first edit of a clocked-out card keeps what was clocked; later edits keep that record. */
    static void keepOriginalEntry(JsonNode current, ObjectNode next) {
        if (current.path("originalEntry").isObject()) {
            next.set("originalEntry", current.path("originalEntry").deepCopy());
            return;
        }
        List<String> entry = List.of("clockInEvent", "clockOutEvent", "breaks");
        boolean changed = entry.stream().anyMatch(p -> next.has(p) && !next.path(p).equals(current.path(p)));
        if (current.path("state").asText().equals("clockedOut") && changed) {
            ObjectNode original = next.putObject("originalEntry");
            entry.forEach(p -> original.set(p, current.path(p).deepCopy()));
        }
    }

    /** A clock event now, with what the request says of the location and notes. */
    private static ObjectNode event(ScheduleRequest request) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.set("dateTime", Json.MAPPER.valueToTree(IntegrationChanges.now()));
        JsonNode body = request.body() == null ? Json.MAPPER.createObjectNode() : request.body();
        for (String property : List.of("isAtApprovedLocation", "atApprovedLocation", "notes")) {
            if (body.has(property)) {
                event.set(property, body.get(property).deepCopy());
            }
        }
        return event;
    }
}
