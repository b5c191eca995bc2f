package dev.wfi.callback.jaxrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.crypto.CallbackRejectedException;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmResponseBody;
import dev.wfi.models.model.WfmResponseError;
import dev.wfi.models.model.WfmResponseItem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decrypts the body of every POST to a callback endpoint before resource matching (so the generated
 * stubs, which consume {@code application/json}, see plain JSON), refuses expired items, and makes sure
 * {@code /update} and {@code /read} answer 200 with one status per item whatever happens behind it.
 * Logs name the endpoint and the reason, never the secret, a key or a plaintext.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class CallbackFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String EXPIRES = "X-MS-Expires";
    private static final String ENDPOINT = CallbackFilter.class.getName() + ".endpoint";
    private static final String IDS = CallbackFilter.class.getName() + ".ids";
    private static final String REFUSED = CallbackFilter.class.getName() + ".refused";
    private static final String OWN_ERROR = CallbackFilter.class.getName() + ".ownError";
    private static final Logger LOG = Logger.getLogger(CallbackFilter.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallbackCipher cipher;
    private final int maxBodyBytes;
    private final Clock clock;

    CallbackFilter(CallbackCipher cipher, int maxBodyBytes, Clock clock) {
        this.cipher = cipher;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<CallbackEndpoint> matched = CallbackEndpoint.of(request.getMethod(), request.getUriInfo().getPath());
        if (matched.isEmpty()) {
            return;
        }
        CallbackEndpoint endpoint = matched.get();
        request.setProperty(ENDPOINT, endpoint);
        byte[] frame;
        try (InputStream in = request.getEntityStream()) {
            frame = request.getLength() > maxBodyBytes ? null : in.readNBytes(maxBodyBytes + 1);
            if (frame == null || frame.length > maxBodyBytes) {
                // a client that is still sending when the server closes would lose the 413: read on, within reason
                byte[] sink = new byte[8192];
                long left = 8L * maxBodyBytes;
                for (int n = 0; left > 0 && n >= 0; n = in.read(sink, 0, (int) Math.min(sink.length, left))) {
                    left -= n;
                }
                abort(request, Response.Status.REQUEST_ENTITY_TOO_LARGE, "bodyTooLarge",
                        "the body is larger than " + maxBodyBytes + " bytes");
                return;
            }
        }
        byte[] plaintext;
        try {
            plaintext = cipher.decrypt(frame);
        } catch (CallbackRejectedException e) {
            LOG.info(() -> "refused a callback to " + endpoint + ": " + e.reason().code());
            Response.Status status = switch (e.reason()) {
                case BAD_TAG, UNKNOWN_KEY_ID -> Response.Status.UNAUTHORIZED;
                default -> Response.Status.BAD_REQUEST;
            };
            abort(request, status, e.reason().code(), e.getMessage());
            return;
        }
        if (endpoint.isBatch()) {
            plaintext = screenBatch(request, plaintext);
            if (plaintext == null) {
                return;
            }
        } else {
            String expires = request.getHeaderString(EXPIRES);
            Optional<WfmResponseItem> refusal = expiry("connect", expires, OffsetDateTime.now(clock));
            if (refusal.isPresent()) {
                WfmResponseError error = refusal.get().getBody().getError();
                abort(request, refusal.get().getStatus() == 408 ? Response.Status.REQUEST_TIMEOUT : Response.Status.BAD_REQUEST,
                        error.getCode(), error.getMessage());
                return;
            }
        }
        // the container's header lists may be read-only: replace them, never change them in place
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        request.getHeaders().add(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        request.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        request.getHeaders().add(HttpHeaders.CONTENT_LENGTH, Integer.toString(plaintext.length));
        request.setEntityStream(new ByteArrayInputStream(plaintext));
    }

    /** The batch without its expired items, or null when the request was answered here. */
    private byte[] screenBatch(ContainerRequestContext request, byte[] plaintext) throws JsonProcessingException {
        JsonNode batch;
        try {
            batch = JSON.readTree(plaintext);
        } catch (IOException e) {
            batch = null;
        }
        JsonNode requests = batch == null ? null : batch.get("requests");
        if (!(requests instanceof ArrayNode) || !allHaveIds((ArrayNode) requests)) {
            abort(request, Response.Status.BAD_REQUEST, "invalidBatch",
                    "the decrypted body is not a batch: an object with 'requests', each with a string 'id'");
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String wholeRequestExpiry = request.getHeaderString(EXPIRES);
        List<String> ids = new ArrayList<>();
        List<WfmResponseItem> refused = new ArrayList<>();
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode item : requests) {
            String id = item.get("id").asText();
            String expires = wholeRequestExpiry != null ? wholeRequestExpiry : item.path("headers").path(EXPIRES).asText(null);
            Optional<WfmResponseItem> refusal = expiry(id, expires, now);
            if (refusal.isPresent()) {
                refused.add(refusal.get());
            } else {
                ids.add(id);
                kept.add(item);
            }
        }
        request.setProperty(IDS, ids);
        if (kept.isEmpty()) {
            request.abortWith(Response.ok(JSON.writeValueAsString(new WfmBatchResponse().responses(refused)),
                    MediaType.APPLICATION_JSON_TYPE).build());
            return null;
        }
        request.setProperty(REFUSED, refused);
        if (refused.isEmpty()) {
            return plaintext;
        }
        ((ObjectNode) batch).set("requests", kept);
        return JSON.writeValueAsBytes(batch);
    }

    private static boolean allHaveIds(ArrayNode requests) {
        for (JsonNode item : requests) {
            if (!item.path("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<WfmResponseItem> expiry(String id, String expires, OffsetDateTime now) {
        if (expires == null) {
            return Optional.empty();
        }
        try {
            OffsetDateTime deadline = OffsetDateTime.parse(expires);
            if (deadline.isBefore(now)) {
                return Optional.of(item(id, 408, "expired", "X-MS-Expires " + expires + " has passed; Shifts no longer waits for the answer"));
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(item(id, 400, "invalidExpires", "X-MS-Expires is not an ISO 8601 date-time"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object endpoint = request.getProperty(ENDPOINT);
        if (endpoint == null || request.getProperty(OWN_ERROR) != null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) request.getProperty(IDS);
        @SuppressWarnings("unchecked")
        List<WfmResponseItem> refused = (List<WfmResponseItem>) request.getProperty(REFUSED);
        int status = response.getStatus();
        if (endpoint == CallbackEndpoint.CONNECT) {
            if (status == 204) {
                // the registration succeeds only on 200; a void connect() answers 204
                response.setStatus(200);
            } else if (status >= 400 && !(response.getEntity() instanceof String text && text.startsWith("{\"error\":"))) {
                replace(response, status, errorJson(status >= 500 ? "internalError" : "rejected",
                        "the connector refused the connection (HTTP " + status + ")"));
            }
            return;
        }
        if (ids == null) {
            return;
        }
        if (status == 200 && response.getEntity() instanceof WfmBatchResponse batch) {
            if (refused != null && !refused.isEmpty()) {
                List<WfmResponseItem> all = new ArrayList<>(batch.getResponses() == null ? List.of() : batch.getResponses());
                all.addAll(refused);
                batch.setResponses(all);
            }
            return;
        }
        if (status != 200) {
            // Shifts retries any HTTP status but 200; the failure belongs to each item
            int itemStatus = status >= 400 ? status : 500;
            String code = itemStatus >= 500 ? "internalError" : "rejected";
            LOG.warning(() -> "the " + endpoint + " handler answered HTTP " + status + "; answering 200 with item status " + itemStatus);
            List<WfmResponseItem> items = new ArrayList<>();
            for (String id : ids) {
                items.add(item(id, itemStatus, code, "the connector could not process this item"));
            }
            if (refused != null) {
                items.addAll(refused);
            }
            replace(response, 200, JSON.writeValueAsString(new WfmBatchResponse().responses(items)));
        }
    }

    private static void replace(ContainerResponseContext response, int status, String json) {
        response.setStatus(status);
        response.setEntity(json, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }

    private static void abort(ContainerRequestContext request, Response.Status status, String code, String message) {
        request.setProperty(OWN_ERROR, Boolean.TRUE);
        request.abortWith(Response.status(status).entity(errorJson(code, message)).type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    static WfmResponseItem item(String id, int status, String code, String message) {
        return new WfmResponseItem().id(id).status(status)
                .body(new WfmResponseBody().error(new WfmResponseError().code(code).message(message)));
    }

    static String errorJson(String code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("code", code).put("message", message);
        return error.toString();
    }
}
