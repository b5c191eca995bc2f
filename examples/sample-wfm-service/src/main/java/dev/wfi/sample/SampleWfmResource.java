package dev.wfi.sample;

import dev.wfi.models.api.WfmApi;
import dev.wfi.models.model.ConnectRequest;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WfmResponseBody;
import dev.wfi.models.model.WfmResponseError;
import dev.wfi.models.model.WfmResponseItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generated stubs, implemented on an in-memory schedule. Items that share an
 * {@code X-MS-Transaction-ID} (a swap approval's five) are approved or rejected together; a request
 * carrying {@code X-MS-WFMPassthrough} came from this connector's own Graph call and is approved without
 * being written again, which would loop. Public because Jersey only takes public resource classes.
 */
// under v1: the integration's apiVersion 1 (Shifts calls {url}/v{apiVersion}/...)
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
        for (List<WfmRequestItem> transaction : transactions.values()) {
            String problem = transaction.stream().map(SampleWfmResource::problem).filter(p -> p != null).findFirst().orElse(null);
            for (WfmRequestItem item : transaction) {
                if (problem != null) {
                    responses.add(rejected(item.getId(), 400, problem));
                } else if (passthrough != null) {
                    responses.add(approved(item.getId(), null));
                } else {
                    responses.add(approved(item.getId(), apply(teamId, item)));
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
                responses.add(rejected(item.getId(), 400, "unknown read: " + path));
            }
        }
        return new WfmBatchResponse().responses(responses);
    }

    private static String problem(WfmRequestItem item) {
        String[] segments = item.getUrl() == null ? new String[0] : item.getUrl().split("\\?", 2)[0].split("/");
        if (segments.length != 3 || !KINDS.contains(segments[1].toLowerCase())) {
            return "unknown entity url: " + item.getUrl();
        }
        if (item.getMethod() == WfmRequestItem.MethodEnum.GET) {
            return "GET is for /read";
        }
        if (item.getMethod() != WfmRequestItem.MethodEnum.DELETE && (item.getBody() == null || item.getBody().isNull())) {
            return "a " + item.getMethod() + " needs a body";
        }
        return null;
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

    private static WfmResponseItem rejected(String id, int status, String message) {
        return new WfmResponseItem().id(id).status(status)
                .body(new WfmResponseBody().error(new WfmResponseError().code("rejected").message(message)));
    }
}
