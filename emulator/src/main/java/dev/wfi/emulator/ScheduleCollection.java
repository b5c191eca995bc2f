package dev.wfi.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of item a team's schedule holds, as data: where Graph serves each ({@code /teams/{teamId}/schedule/shifts}),
 * the contract's schema, the prefix of the ids Graph gives them, the {@code supportedEntities} member that subscribes
 * a workforce integration to their changes and the first segment of their callback url ({@code /shifts/{id}}), which
 * the contract maps to the body's schema ({@code x-wfi-body-by-url}, compared ignoring case), and which paths a list
 * may filter on (the date range of the shared and draft versions a connector syncs, as the list pages show).
 */
enum ScheduleCollection {
    SCHEDULING_GROUPS("schedulingGroups", "schedulingGroup", "TAG_", null, null, null, List.of()),
    SHIFTS("shifts", "shift", "SHFT_", "shift", "shifts", "Shift", timeRange("sharedShift", "draftShift")),
    OPEN_SHIFTS("openShifts", "openShift", "OPNSHFT_", "openShift", "openShifts", "OpenShift",
            timeRange("sharedOpenShift", "draftOpenShift")),
    TIME_OFF_REASONS("timeOffReasons", "timeOffReason", "TOR_", "timeOffReason", "timeOffReasons", null, List.of()),
    TIMES_OFF("timesOff", "timeOff", "TOFF_", "timeOff", "timesOff", "TimeOff", timeRange("sharedTimeOff", "draftTimeOff")),
    /** The pages: filtering on {@code state} and {@code userId} works, on {@code clockInEvent/dateTime} the service refuses. */
    TIME_CARDS("timeCards", "timeCard", "TCK_", "timeCard", "timeCards", null, List.of("state", "userId")),
    SWAP_REQUESTS("swapShiftsChangeRequests", "swapShiftsChangeRequest", "SREQ_", "swapRequest", "swapRequests", null,
            List.of("state")),
    OFFER_REQUESTS("offerShiftRequests", "offerShiftRequest", "SREQ_", "offerShiftRequest", "offerShiftRequests", null,
            List.of("state")),
    OPEN_SHIFT_REQUESTS("openShiftChangeRequests", "openShiftChangeRequest", "SREQ_", "openShiftRequest", "openShiftRequests",
            null, List.of("state")),
    TIME_OFF_REQUESTS("timeOffRequests", "timeOffRequest", "SREQ_", "timeOffRequest", "timeOffRequests", null, List.of("state")),
    /** Sent in callbacks only: Graph's Shifts API of the contract has no collection for it. */
    USER_SHIFT_PREFERENCES(null, "userShiftPreferences", "SHPR_", "userShiftPreferences", "userShiftPreferences", null, List.of());

    private final String path;
    private final String schema;
    private final String idPrefix;
    private final String member;
    private final String callbackSegment;
    private final String version;
    private final List<String> filterable;

    /**
     * @param version the suffix of the shared and draft versions' properties ({@code sharedShift}, {@code draftShift}),
     *     for the items that a share publishes; null for the others
     */
    ScheduleCollection(String path, String schema, String idPrefix, String member, String callbackSegment, String version,
            List<String> filterable) {
        this.path = path;
        this.schema = schema;
        this.idPrefix = idPrefix;
        this.member = member;
        this.callbackSegment = callbackSegment;
        this.version = version;
        this.filterable = filterable;
    }

    private static List<String> timeRange(String shared, String draft) {
        return List.of(shared + "/startDateTime", shared + "/endDateTime", draft + "/startDateTime", draft + "/endDateTime");
    }

    /** The segment under {@code /teams/{teamId}/schedule/}; null for an entity Graph does not serve here. */
    String path() {
        return path;
    }

    String schema() {
        return schema;
    }

    String newId() {
        return idPrefix + java.util.UUID.randomUUID();
    }

    /** The {@code supportedEntities} member whose integrations are asked about a change; null when none is. */
    String member() {
        return member;
    }

    /** The callback url of an item: {@code /shifts/SHFT_...}. */
    String callbackUrl(String id) {
        return "/" + callbackSegment + "/" + id;
    }

    /** {@code sharedShift}, for a share; empty for items without shared and draft versions. */
    Optional<String> shared() {
        return Optional.ofNullable(version).map(v -> "shared" + v);
    }

    Optional<String> draft() {
        return Optional.ofNullable(version).map(v -> "draft" + v);
    }

    /** The property paths a list's {@code $filter} may compare; empty when the list takes no filter. */
    List<String> filterable() {
        return filterable;
    }

    boolean isRequest() {
        return this == SWAP_REQUESTS || this == OFFER_REQUESTS || this == OPEN_SHIFT_REQUESTS || this == TIME_OFF_REQUESTS;
    }

    /** The collection served at {@code path}, ignoring case as Graph does. */
    static Optional<ScheduleCollection> atPath(String path) {
        for (ScheduleCollection collection : values()) {
            if (collection.path != null && collection.path.equalsIgnoreCase(path)) {
                return Optional.of(collection);
            }
        }
        return Optional.empty();
    }

    /** The collection of a callback url ({@code /swapRequests/SREQ_1}), its first segment compared ignoring case. */
    static Optional<ScheduleCollection> ofCallbackUrl(String url) {
        String[] parts = url.split("[/?]");
        String first = parts.length > 1 ? parts[1] : "";
        for (ScheduleCollection collection : values()) {
            if (collection.callbackSegment != null && collection.callbackSegment.equalsIgnoreCase(first)) {
                return Optional.of(collection);
            }
        }
        return Optional.empty();
    }

    /** The callback segments, lower case as the contract's {@code x-wfi-body-by-url} writes them, for messages. */
    static List<String> callbackSegments() {
        return java.util.Arrays.stream(values()).map(c -> c.callbackSegment).filter(java.util.Objects::nonNull)
                .map(segment -> segment.toLowerCase(Locale.ROOT)).toList();
    }
}
