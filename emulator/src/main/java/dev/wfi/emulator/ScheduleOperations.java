package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.contract.Contract;
import dev.wfi.models.model.ConfirmedBy;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.EligibilityFilteringEnabledEntities;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Graph's Shifts API on a team's schedule, as the contract states it: the schedule (created with PUT, linked to
 * workforce integrations by {@code workforceIntegrationIds}) and its share; create, get, list, replace, update and
 * delete of its items with their ETags; the requests' approve and decline; the time cards' clock and break actions.
 * Every write is planned from the current state, offered to the team's workforce integrations when Shifts would
 * ({@link ScheduleCallbacks}), and stored only if they approve.
 *
 * <p>Decisions where the contract leaves room (each stated in the README): provisioning is instant
 * ({@code provisionStatus} is {@code Completed} at once); approve and decline are the manager's final decision (the
 * recipient's step of a swap or an offer happens in Teams, outside Graph); a share applies to the items whose draft
 * lies in the range, as one change.
 */
final class ScheduleOperations {
    /** Graph's page of a list; a larger {@code $top} (time cards) is served in pages of {@link #MAX_PAGE_SIZE}. */
    static final int DEFAULT_PAGE_SIZE = WorkforceIntegrationsResource.DEFAULT_PAGE_SIZE;
    static final int MAX_PAGE_SIZE = WorkforceIntegrationsResource.MAX_PAGE_SIZE;
    private static final Set<String> REQUEST_STATES_DECIDED = Set.of("approved", "declined");

    /** One page of a list, and whether more follow it. */
    record Page(List<ScheduleItem> items, String skipToken) {
    }

    private final Contract contract;
    private final Schedules schedules;
    private final IntegrationStore integrations;
    private final ScheduleCallbacks callbacks;

    ScheduleOperations(Contract contract, Schedules schedules, IntegrationStore integrations, ScheduleCallbacks callbacks) {
        this.contract = contract;
        this.schedules = schedules;
        this.integrations = integrations;
        this.callbacks = callbacks;
    }

    static GraphError noSchedule(String teamId) {
        return new GraphError(404, "itemNotFound", "Team " + teamId + " has no schedule; create it with PUT /teams/"
                + teamId + "/schedule.", null);
    }

    // --- the schedule

    ScheduleItem schedule(String teamId) {
        return schedules.read(teamId, Schedules.Team::schedule).flatMap(s -> s).orElseThrow(() -> noSchedule(teamId));
    }

    /** PUT creates the schedule or replaces its settings; the service sets {@code id} and the provisioning state. */
    ScheduleItem replaceSchedule(ScheduleRequest request) {
        ObjectNode schedule = ((ObjectNode) request.body()).deepCopy();
        JsonNode ids = schedule.path("workforceIntegrationIds");
        for (JsonNode id : ids) {
            if (integrations.get(id.asText()).isEmpty()) {
                throw GraphError.badRequest("workforceIntegrationIds: no workforce integration has the id " + id.asText() + ".",
                        "workforceIntegrationIds");
            }
        }
        schedule.put("id", request.teamId()).put("provisionStatus", "Completed").putNull("provisionStatusCode");
        return schedules.putSchedule(request.teamId(), canonical("schedule", schedule));
    }

    /**
     * Publishes the drafts of shifts, open shifts and times off that lie between {@code startDateTime} and
     * {@code endDateTime}: each draft becomes the shared version, and items staged for deletion are deleted.
     */
    void share(ScheduleRequest request) {
        JsonNode body = request.body();
        OffsetDateTime start = OffsetDateTime.parse(body.path("startDateTime").asText());
        OffsetDateTime end = body.path("endDateTime").isTextual() ? OffsetDateTime.parse(body.path("endDateTime").asText()) : null;
        write(request, "share", team -> {
            List<ScheduleChange> changes = new ArrayList<>();
            for (ScheduleCollection collection : List.of(ScheduleCollection.SHIFTS, ScheduleCollection.OPEN_SHIFTS,
                    ScheduleCollection.TIMES_OFF)) {
                String shared = collection.shared().orElseThrow();
                String draft = collection.draft().orElseThrow();
                for (ScheduleItem item : team.items(collection).values()) {
                    boolean staged = item.value().path("isStagedForDeletion").asBoolean(false);
                    JsonNode version = staged ? item.value().path(shared) : item.value().path(draft);
                    if (!version.isObject() || !within(version, start, end)) {
                        continue;
                    }
                    if (staged) {
                        changes.add(ScheduleChange.delete(collection, item));
                    } else {
                        ObjectNode published = item.value().deepCopy();
                        published.set(shared, version.deepCopy());
                        published.putNull(draft);
                        changes.add(ScheduleChange.replace(collection, item, modified(published, request)));
                    }
                }
            }
            return changes;
        });
    }

    private static boolean within(JsonNode version, OffsetDateTime start, OffsetDateTime end) {
        if (!version.path("startDateTime").isTextual()) {
            return false;
        }
        OffsetDateTime itemStart = OffsetDateTime.parse(version.path("startDateTime").asText());
        OffsetDateTime itemEnd = version.path("endDateTime").isTextual() ? OffsetDateTime.parse(version.path("endDateTime").asText()) : itemStart;
        return !itemStart.isBefore(start) && (end == null || !itemEnd.isAfter(end));
    }

    // --- items

    ScheduleItem get(String teamId, ScheduleCollection collection, String id) {
        return schedules.read(teamId, team -> team.item(collection, id)).orElseThrow(() -> noSchedule(teamId))
                .orElseThrow(() -> notFound(collection, id));
    }

    /**
     * A page of the collection: the items {@code $filter} keeps, oldest first, after the {@code $skiptoken} of the
     * previous page. OData query options the operation does not take are refused, not ignored.
     */
    Page list(ScheduleRequest request, ScheduleCollection collection, String filter, Integer top) {
        for (String option : request.queryNames()) {
            boolean served = option.equals("$skiptoken") || option.equals("$filter") && !collection.filterable().isEmpty()
                    || option.equals("$top") && collection == ScheduleCollection.TIME_CARDS;
            if (option.startsWith("$") && !served) {
                throw GraphError.badRequest(option + " is not a query option of this list in the contract; the emulator serves "
                        + (collection.filterable().isEmpty() ? "" : "$filter, ")
                        + (collection == ScheduleCollection.TIME_CARDS ? "$top, " : "") + "$skiptoken.", option);
            }
        }
        if (top != null && top < 1) {
            throw GraphError.badRequest("$top must be at least 1.", "$top");
        }
        Predicate<JsonNode> keep = ScheduleFilter.parse(filter, collection, contract);
        int size = top == null ? DEFAULT_PAGE_SIZE : Math.min(top, MAX_PAGE_SIZE);
        long after = WorkforceIntegrationsResource.SkipToken.decode(request.query("$skiptoken"));
        List<ScheduleItem> kept = schedules.read(request.teamId(), team -> team.items(collection).values().stream()
                .filter(item -> item.seq() > after && keep.test(item.value())).limit(size + 1L).toList())
                .orElseThrow(() -> noSchedule(request.teamId()));
        if (kept.size() <= size) {
            return new Page(kept, null);
        }
        List<ScheduleItem> page = kept.subList(0, size);
        return new Page(page, WorkforceIntegrationsResource.SkipToken.encode(page.get(size - 1).seq()));
    }

    ScheduleItem create(ScheduleRequest request, ScheduleCollection collection) {
        ObjectNode item = ((ObjectNode) request.body()).deepCopy();
        if (!isWfms(request)) {
            requireEligible(request, collection, item);
        }
        item.put("id", collection.newId());
        created(item, request);
        return write(request, "create", team -> {
            List<ScheduleChange> changes = new ArrayList<>();
            if (collection.isRequest()) {
                ScheduleRequests.opened(collection, item, team, request);
            } else if (collection == ScheduleCollection.TIME_CARDS) {
                TimeCards.imported(item);
            }
            checkTimes(item);
            changes.add(ScheduleChange.create(collection, canonical(collection.schema(), item)));
            return changes;
        }).get(0);
    }

    /** PUT: the whole item is replaced by what was sent; the service keeps {@code id} and the creation stamps. */
    ScheduleItem replace(ScheduleRequest request, ScheduleCollection collection, String id, ETag ifMatch) {
        ObjectNode sent = (ObjectNode) request.body();
        return write(request, "replace", team -> {
            ScheduleItem current = current(team, collection, id, ifMatch);
            ObjectNode next = sent.deepCopy();
            for (String kept : List.of("id", "createdBy", "createdDateTime")) {
                next.set(kept, current.value().path(kept).deepCopy());
            }
            return List.of(ScheduleChange.replace(collection, current, edited(collection, current, next, request)));
        }).get(0);
    }

    /** PATCH: the properties sent replace their values, nested objects merged; the others are kept. */
    ScheduleItem update(ScheduleRequest request, ScheduleCollection collection, String id, ETag ifMatch) {
        ObjectNode sent = (ObjectNode) request.body();
        return write(request, "update", team -> {
            ScheduleItem current = current(team, collection, id, ifMatch);
            ObjectNode next = current.value().deepCopy();
            IntegrationChanges.merge(next, sent);
            return List.of(ScheduleChange.replace(collection, current, edited(collection, current, next, request)));
        }).get(0);
    }

    void delete(ScheduleRequest request, ScheduleCollection collection, String id, ETag ifMatch) {
        write(request, "delete", team -> List.of(ScheduleChange.delete(collection, current(team, collection, id, ifMatch))));
    }

    /** Approves or declines a pending request, with what the approval does to the schedule, as one change. */
    void decide(ScheduleRequest request, ScheduleCollection collection, String id, boolean approve) {
        write(request, approve ? "approve" : "decline", team -> ScheduleRequests.decided(collection,
                current(team, collection, id, null), approve, team, request));
    }

    /** Clocks a user in: a new time card in state {@code clockedIn}. */
    ScheduleItem clockIn(ScheduleRequest request) {
        ObjectNode card = TimeCards.clockedIn(request);
        card.put("id", ScheduleCollection.TIME_CARDS.newId());
        created(card, request);
        return write(request, "clockIn", team -> {
            TimeCards.refuseSecondOpenCard(card.path("userId").asText(), team);
            return List.of(ScheduleChange.create(ScheduleCollection.TIME_CARDS, canonical("timeCard", card)));
        }).get(0);
    }

    /** clockOut, startBreak, endBreak or confirm, each allowed only in the state it leaves. */
    ScheduleItem timeCardAction(ScheduleRequest request, String id, TimeCards.Action action) {
        return write(request, action.label(), team -> {
            ScheduleItem current = current(team, ScheduleCollection.TIME_CARDS, id, null);
            ObjectNode next = action.apply(current.value(), request);
            return List.of(ScheduleChange.replace(ScheduleCollection.TIME_CARDS, current, modified(next, request)));
        }).get(0);
    }

    // --- eligibility: what a user in Teams may pick, as the workforce integration filters it

    /**
     * The other users' shifts between {@code startTime} and {@code endTime} that a user may ask to swap {@code shiftId}
     * for, as the first linked integration filtering {@code swapRequest} finds them eligible ({@code /read}).
     */
    Page requestableShifts(ScheduleRequest request, String shiftId, String startTime, String endTime) {
        ScheduleItem shift = get(request.teamId(), ScheduleCollection.SHIFTS, shiftId);
        OffsetDateTime start = time(startTime, "startTime");
        OffsetDateTime end = time(endTime, "endTime");
        String owner = shift.value().path("userId").asText();
        List<ScheduleItem> candidates = read(request.teamId(), team -> team.items(ScheduleCollection.SHIFTS).values().stream()
                .filter(other -> !other.id().equals(shiftId) && !other.value().path("userId").asText().equals(owner))
                .filter(other -> other.value().path("sharedShift").isObject() && within(other.value().path("sharedShift"), start, end))
                .toList());
        java.time.format.DateTimeFormatter graphTime = java.time.format.DateTimeFormatter.ofPattern(Json.GRAPH_TIME);
        String url = "/shifts/" + shiftId + "/requestableShifts?requestType=SwapRequest&startTime=" + start.format(graphTime)
                + "&endTime=" + end.format(graphTime);
        Optional<List<String>> eligible = callbacks.eligible(request, linked(request.teamId()),
                EligibilityFilteringEnabledEntities.Member.SWAP_REQUEST, shiftId, url);
        return new Page(eligible.map(ids -> candidates.stream().filter(c -> ids.contains(c.id())).toList()).orElse(candidates), null);
    }

    /** The active time-off reasons a user may pick, as the first linked integration filtering {@code timeOffReason} finds them. */
    Page eligibleTimeOffReasons(ScheduleRequest request, String userId) {
        List<ScheduleItem> active = read(request.teamId(), team -> team.items(ScheduleCollection.TIME_OFF_REASONS).values().stream()
                .filter(reason -> reason.value().path("isActive").asBoolean(true)).toList());
        Optional<List<String>> eligible = callbacks.eligible(request, linked(request.teamId()),
                EligibilityFilteringEnabledEntities.Member.TIME_OFF_REASON, userId,
                "/users/" + userId + "/timeOffReasons?requestType=TimeOffReason");
        return new Page(eligible.map(ids -> active.stream().filter(r -> ids.contains(r.id())).toList()).orElse(active), null);
    }

    /**
     * A swap request for a shift the WFM does not find eligible, or a time-off request for a reason it does not, is
     * refused as Teams would not offer it (400 naming the property).
     */
    private void requireEligible(ScheduleRequest request, ScheduleCollection collection, ObjectNode item) {
        if (collection == ScheduleCollection.SWAP_REQUESTS && item.path("senderShiftId").isTextual()
                && item.path("recipientShiftId").isTextual()) {
            String recipient = item.path("recipientShiftId").asText();
            Optional<ScheduleItem> wanted = read(request.teamId(), team -> team.item(ScheduleCollection.SHIFTS, recipient));
            JsonNode times = wanted.map(w -> w.value().path("sharedShift")).orElse(Json.MAPPER.missingNode());
            if (times.path("startDateTime").isTextual() && times.path("endDateTime").isTextual()) {
                String sender = item.path("senderShiftId").asText();
                String url = "/shifts/" + sender + "/requestableShifts?requestType=SwapRequest&startTime="
                        + times.path("startDateTime").asText() + "&endTime=" + times.path("endDateTime").asText();
                callbacks.eligible(request, linked(request.teamId()), EligibilityFilteringEnabledEntities.Member.SWAP_REQUEST,
                        sender, url).filter(ids -> !ids.contains(recipient)).ifPresent(ids -> {
                            throw GraphError.badRequest("recipientShiftId: the workforce integration does not offer shift "
                                    + recipient + " for a swap of " + sender + " (eligible: " + ids + ").", "recipientShiftId");
                        });
            }
        } else if (collection == ScheduleCollection.TIME_OFF_REQUESTS && item.path("timeOffReasonId").isTextual()
                && request.actingUser() != null) {
            String reason = item.path("timeOffReasonId").asText();
            String user = request.actingUser();
            callbacks.eligible(request, linked(request.teamId()), EligibilityFilteringEnabledEntities.Member.TIME_OFF_REASON, user,
                    "/users/" + user + "/timeOffReasons?requestType=TimeOffReason").filter(ids -> !ids.contains(reason))
                    .ifPresent(ids -> {
                        throw GraphError.badRequest("timeOffReasonId: the workforce integration does not offer reason " + reason
                                + " to user " + user + " (eligible: " + ids + ").", "timeOffReasonId");
                    });
        }
    }

    private static OffsetDateTime time(String value, String name) {
        if (value == null) {
            throw GraphError.badRequest(name + " is required (a date-time such as 2019-03-11T00:00:00Z).", name);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw GraphError.badRequest(name + ": '" + value + "' is not a date-time such as 2019-03-11T00:00:00Z.", name);
        }
    }

    /** The team's items, read under its lock. */
    <T> T read(String teamId, Function<Schedules.Team, T> reader) {
        return schedules.read(teamId, reader).orElseThrow(() -> noSchedule(teamId));
    }

    /** The workforce integrations the team's schedule is linked to, in its order. */
    private List<String> linked(String teamId) {
        return read(teamId, team -> texts(team.schedule().orElseThrow().value().path("workforceIntegrationIds")));
    }

    /** A change the WFM makes itself: through Graph, with the id of an integration the team is linked to as passthrough. */
    private boolean isWfms(ScheduleRequest request) {
        return request.passthrough() != null && linked(request.teamId()).contains(request.passthrough());
    }

    // --- writing

    /**
     * Plans the change from the team's state, has the team's workforce integrations approve it, and stores it.
     *
     * @return the stored items, in the order the plan listed their changes (null for a deleted one)
     */
    private List<ScheduleItem> write(ScheduleRequest request, String label,
            Function<Schedules.Team, List<ScheduleChange>> plan) {
        List<ScheduleChange> changes = schedules.read(request.teamId(), plan).orElseThrow(() -> noSchedule(request.teamId()));
        if (changes.isEmpty()) {
            return List.of();
        }
        callbacks.approve(request, label, linked(request.teamId()), changes);
        return schedules.commit(request.teamId(), changes);
    }

    /** The current item, which {@code If-Match}, when sent, must name. */
    private static ScheduleItem current(Schedules.Team team, ScheduleCollection collection, String id, ETag ifMatch) {
        ScheduleItem current = team.item(collection, id).orElseThrow(() -> notFound(collection, id));
        if (ifMatch != null && !ifMatch.matches(current.eTag())) {
            throw new GraphError(412, "preconditionFailed", "If-Match " + ifMatch + " does not match the current "
                    + collection.schema() + " (" + current.eTag() + "): it changed since it was read; read it again and retry.",
                    "If-Match");
        }
        return current;
    }

    /** A replaced or updated item: checked, with its time card history kept, stamped. */
    private ObjectNode edited(ScheduleCollection collection, ScheduleItem current, ObjectNode next, ScheduleRequest request) {
        next.put("id", current.id());
        if (collection == ScheduleCollection.TIME_CARDS) {
            TimeCards.keepOriginalEntry(current.value(), next);
        }
        checkTimes(next);
        return canonical(collection.schema(), modified(next, request));
    }

    static GraphError notFound(ScheduleCollection collection, String id) {
        return new GraphError(404, "itemNotFound", "No " + collection.schema() + " with the id " + id + " in this schedule.", null);
    }

    /** Sets what the service sets on a new item: the creation and modification stamps. */
    static void created(ObjectNode item, ScheduleRequest request) {
        JsonNode by = Json.MAPPER.valueToTree(IntegrationChanges.identitySet(request.grant()));
        JsonNode at = Json.MAPPER.valueToTree(IntegrationChanges.now());
        item.set("createdBy", by);
        item.set("createdDateTime", at);
        item.set("lastModifiedBy", by.deepCopy());
        item.set("lastModifiedDateTime", at);
    }

    /** Sets the modification stamps. */
    static ObjectNode modified(ObjectNode item, ScheduleRequest request) {
        item.set("lastModifiedBy", Json.MAPPER.valueToTree(IntegrationChanges.identitySet(request.grant())));
        item.set("lastModifiedDateTime", Json.MAPPER.valueToTree(IntegrationChanges.now()));
        return item;
    }

    /** Every {@code startDateTime}/{@code endDateTime} pair of an item, at any depth, is in order. */
    static void checkTimes(JsonNode node) {
        checkTimes(node, "");
    }

    private static void checkTimes(JsonNode node, String at) {
        if (node.path("startDateTime").isTextual() && node.path("endDateTime").isTextual()) {
            OffsetDateTime start = OffsetDateTime.parse(node.path("startDateTime").asText());
            OffsetDateTime end = OffsetDateTime.parse(node.path("endDateTime").asText());
            if (end.isBefore(start)) {
                throw GraphError.badRequest(at + "/endDateTime is before " + at + "/startDateTime; an item ends after it starts.",
                        EntityBody.target(at + "/endDateTime"));
            }
        }
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isContainerNode()) {
                checkTimes(field.getValue(), at + "/" + field.getKey());
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTimes(node.get(i), at + "/" + i);
            }
        }
    }

    /**
     * The stored form of a checked item: the generated model's JSON, so enum and flag values are written in the
     * contract's spelling, times in Graph's form, and every property is present, null when unset; without
     * annotations ({@code @odata.etag} is the stored tag's).
     */
    static ObjectNode canonical(String schema, ObjectNode item) {
        try {
            Class<?> model = Class.forName("dev.wfi.models.model." + Character.toUpperCase(schema.charAt(0)) + schema.substring(1));
            ObjectNode canonical = Json.MAPPER.valueToTree(Json.MAPPER.treeToValue(item, model));
            canonical.properties().removeIf(field -> field.getKey().startsWith("@"));
            withoutNullsOfRequired(schema, canonical, "");
            return canonical;
        } catch (ClassNotFoundException | JsonProcessingException | IllegalArgumentException e) {
            // the item passed the contract's validation, so the model reads it; anything else is a bug
            throw new IllegalStateException("a " + schema + " does not map onto its model", e);
        }
    }

    /** The model writes every property; one the contract does not allow to be null is left out instead (an unset theme). */
    private static void withoutNullsOfRequired(String schema, JsonNode node, String at) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull() && Contract.bundled().property(schema,
                    at + "/" + field.getKey()).map(property -> !property.nullable()).orElse(false));
            object.fields().forEachRemaining(field -> withoutNullsOfRequired(schema, field.getValue(), at + "/" + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                withoutNullsOfRequired(schema, node.get(i), at + "/" + i);
            }
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The models' way of naming a flag set's members, for {@code confirmedBy}. */
    static String withMember(JsonNode flags, ConfirmedBy.Member member) {
        ConfirmedBy current = flags.isTextual() ? ConfirmedBy.fromValue(flags.asText()) : ConfirmedBy.none();
        return current.union(ConfirmedBy.of(member)).toString();
    }

    static ArrayNode arrayOf(ObjectNode node, String property) {
        return node.path(property) instanceof ArrayNode array ? array : node.putArray(property);
    }

    static Optional<String> text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    static boolean isDecided(JsonNode request) {
        return REQUEST_STATES_DECIDED.contains(request.path("state").asText());
    }

    static String newId(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
