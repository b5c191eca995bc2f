package dev.wfi.sample;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.models.api.WfmApi;
import dev.wfi.models.model.ConnectRequest;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WfmResponseBody;
import dev.wfi.models.model.WfmResponseError;
import dev.wfi.models.model.WfmResponseItem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated stubs, implemented on an in-memory schedule that is the system of record: a change made in Shifts is
 * written here first, and approved only when it keeps the WFM's rule (a user works one shift at a time: a shift that
 * overlaps another of the same user is rejected, status 409). Items that share an {@code X-MS-Transaction-ID} (a swap
 * approval's five) are approved or rejected together; a request carrying {@code X-MS-WFMPassthrough} came from this
 * connector's own Graph call and is approved without being written again, which would loop. Public because Jersey only
 * takes public resource classes.
 */
@jakarta.ws.rs.Path("v1")
public final class SampleWfmResource implements WfmApi {

    private static final Set<String> KINDS = Set.of("shifts", "openshifts", "swaprequests", "offershiftrequests",
            "openshiftrequests", "timesoff", "timeoffreasons", "timeoffrequests", "timecards", "usershiftpreferences");

    static final int MAX_ELIGIBLE = 50;

    private final ScheduleStore store;

    /** A connector with an empty schedule. */
    public SampleWfmResource() {
        this(new ScheduleStore());
    }

    SampleWfmResource(ScheduleStore store) {
        this.store = store;
    }

    @Override
    public void connect(ConnectRequest connectRequest, String acceptLanguage) {
        // any tenant may register with the sample
    }

    @Override
    public WfmBatchResponse updateTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
        Map<String, List<WfmRequestItem>> transactions = new LinkedHashMap<>();
        for (WfmRequestItem item : batch.getRequests()) {
            String transaction = item.getHeaders() == null || item.getHeaders().getxMSTransactionID() == null
                    ? "item:" + item.getId() : item.getHeaders().getxMSTransactionID();
            transactions.computeIfAbsent(transaction, t -> new ArrayList<>()).add(item);
        }
        List<WfmResponseItem> responses = new ArrayList<>();
        synchronized (store) {
            for (List<WfmRequestItem> transaction : transactions.values()) {
                Rejection rejection = null;
                for (WfmRequestItem item : transaction) {
                    rejection = rejection != null ? rejection : problem(item);
                    rejection = rejection != null || passthrough != null ? rejection : overlap(teamId, item, transaction);
                }
                for (WfmRequestItem item : transaction) {
                    if (rejection != null) {
                        responses.add(rejected(item.getId(), rejection));
                    } else if (passthrough != null) {
                        responses.add(approved(item.getId(), null));
                    } else {
                        responses.add(approved(item.getId(), apply(teamId, item)));
                    }
                }
            }
        }
        return new WfmBatchResponse().responses(responses);
    }

    @Override
    public WfmBatchResponse readTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
        List<WfmResponseItem> responses = new ArrayList<>();
        for (WfmRequestItem item : batch.getRequests()) {
            String path = item.getUrl().split("\\?", 2)[0];
            String[] segments = path.split("/");
            if (segments.length == 4 && segments[1].equalsIgnoreCase("shifts") && segments[3].equalsIgnoreCase("requestableShifts")) {
                // a user picks from a short list; the sample offers the first MAX_ELIGIBLE other shifts
                List<String> others = store.ids(teamId, "shifts").stream()
                        .filter(id -> !id.equals(segments[2])).limit(MAX_ELIGIBLE).toList();
                responses.add(data(item.getId(), others));
            } else if (segments.length == 4 && segments[1].equalsIgnoreCase("users") && segments[3].equalsIgnoreCase("timeOffReasons")) {
                responses.add(data(item.getId(), store.ids(teamId, "timeoffreasons")));
            } else {
                responses.add(rejected(item.getId(), new Rejection(400, "rejected", "unknown read: " + path)));
            }
        }
        return new WfmBatchResponse().responses(responses);
    }

    /** Why the WFM refuses an item: the status of its answer and its error. */
    private record Rejection(int status, String code, String message) {
    }

    private static Rejection problem(WfmRequestItem item) {
        String[] segments = item.getUrl() == null ? new String[0] : item.getUrl().split("\\?", 2)[0].split("/");
        if (segments.length != 3 || !KINDS.contains(segments[1].toLowerCase())) {
            return new Rejection(400, "rejected", "unknown entity url: " + item.getUrl());
        }
        if (item.getMethod() == WfmRequestItem.MethodEnum.GET) {
            return new Rejection(400, "rejected", "GET is for /read");
        }
        if (item.getMethod() != WfmRequestItem.MethodEnum.DELETE && (item.getBody() == null || item.getBody().isNull())) {
            return new Rejection(400, "rejected", "a " + item.getMethod() + " needs a body");
        }
        return null;
    }

    /**
     * The WFM's rule: a new or moved shift may not overlap another shift of its user, counting the shifts its own
     * transaction deletes as gone (a swap deletes two shifts and creates them again for the other users).
     */
    private Rejection overlap(String teamId, WfmRequestItem item, List<WfmRequestItem> transaction) {
        String[] segments = item.getUrl().split("\\?", 2)[0].split("/");
        if (!segments[1].equalsIgnoreCase("shifts") || item.getMethod() == WfmRequestItem.MethodEnum.DELETE) {
            return null;
        }
        Span span = Span.of(item.getBody());
        if (span == null) {
            return null;
        }
        Set<String> gone = new java.util.HashSet<>();
        transaction.stream().filter(other -> other.getMethod() == WfmRequestItem.MethodEnum.DELETE).forEach(other -> gone.add(other.getId()));
        String user = item.getBody().path("userId").asText();
        for (JsonNode other : store.bodies(teamId, "shifts")) {
            String id = other.path("id").asText();
            Span otherSpan = Span.of(other);
            if (!id.equals(segments[2]) && !gone.contains(id) && other.path("userId").asText().equals(user)
                    && otherSpan != null && span.overlaps(otherSpan)) {
                // the user's id is not repeated: Teams shows the message to people who may not see it
                return new Rejection(409, "overlap", "the user already works shift " + id + " at that time");
            }
        }
        return null;
    }

    /** When a shift takes place: its shared version, else its draft. */
    private record Span(OffsetDateTime start, OffsetDateTime end) {
        static Span of(JsonNode shift) {
            JsonNode version = shift.path("sharedShift").isObject() ? shift.path("sharedShift") : shift.path("draftShift");
            if (!version.path("startDateTime").isTextual() || !version.path("endDateTime").isTextual()) {
                return null;
            }
            return new Span(OffsetDateTime.parse(version.path("startDateTime").asText()),
                    OffsetDateTime.parse(version.path("endDateTime").asText()));
        }

        boolean overlaps(Span other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    private String apply(String teamId, WfmRequestItem item) {
        String[] segments = item.getUrl().split("\\?", 2)[0].split("/");
        if (item.getMethod() == WfmRequestItem.MethodEnum.DELETE) {
            store.remove(teamId, segments[1], segments[2]);
            return null;
        }
        return store.put(teamId, segments[1], segments[2], item.getBody());
    }

    private static WfmResponseItem approved(String id, String eTag) {
        return new WfmResponseItem().id(id).status(200).body(new WfmResponseBody().eTag(ETag.fromValue(eTag)));
    }

    private static WfmResponseItem data(String id, List<String> ids) {
        return new WfmResponseItem().id(id).status(200).body(new WfmResponseBody().data(ids));
    }

    private static WfmResponseItem rejected(String id, Rejection rejection) {
        return new WfmResponseItem().id(id).status(rejection.status())
                .body(new WfmResponseBody().error(new WfmResponseError().code(rejection.code()).message(rejection.message())));
    }
}
