package dev.wfi.callback.shifts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One call Shifts makes to a WFM endpoint, and what the protocol demands of its answer.
 *
 * @param path the endpoint under {@code {url}/v{apiVersion}}, for example {@code /teams/T/update}
 * @param label what the call is, for reports ("create shift")
 * @param body the plaintext JSON, encrypted before sending
 * @param passthrough the {@code X-MS-WFMPassthrough} header, or null
 * @param ids the request ids the answer must echo, once each (empty for {@code /connect})
 * @param whole the items form one transaction that is approved or rejected as a whole (a swap)
 * @param tampered the frame's tag is corrupted: an endpoint that decrypts must not answer 200
 */
public record ShiftsCall(String path, String label, JsonNode body, String passthrough, List<String> ids,
        boolean whole, boolean tampered) {

    public ShiftsCall {
        ids = List.copyOf(ids);
    }

    /** {@code POST /connect} with a {@code connectRequest}; {@code tampered} corrupts its tag. */
    public static ShiftsCall connect(JsonNode connectRequest, boolean tampered) {
        return new ShiftsCall("/connect", tampered ? "connect with a corrupted tag" : "connect", connectRequest, null,
                List.of(), false, tampered);
    }

    /** {@code POST /teams/{teamId}/update} with a {@code wfmBatchRequest}; {@code passthrough} may be null. */
    public static ShiftsCall update(String teamId, String label, JsonNode batch, String passthrough) {
        return batch("/teams/" + teamId + "/update", label, batch, passthrough);
    }

    /** {@code POST /teams/{teamId}/read}: an eligibility read, whose approved items carry {@code body.data}. */
    public static ShiftsCall read(String teamId, String label, JsonNode batch) {
        return batch("/teams/" + teamId + "/read", label, batch, null);
    }

    private static ShiftsCall batch(String path, String label, JsonNode batch, String passthrough) {
        List<String> ids = new ArrayList<>();
        boolean swap = false;
        for (JsonNode item : batch.path("requests")) {
            ids.add(item.path("id").asText());
            swap |= item.path("url").asText("").toLowerCase(Locale.ROOT).startsWith("/swaprequests/");
        }
        return new ShiftsCall(path, label, batch, passthrough, ids, swap, false);
    }

    /** An update or read batch, as opposed to {@code /connect}. */
    public boolean isBatch() {
        return !path.equals("/connect");
    }

    public boolean isRead() {
        return path.endsWith("/read");
    }
}
