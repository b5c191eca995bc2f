package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.contract.Contract;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers of the Shifts API, as the contract states them where the stub interface cannot: create answers 201
 * with {@code Location}; a replace 204, or 200 with the item when the request asks {@code Prefer: return=representation};
 * approve and decline 200 without a body. Items are rendered from what is stored, through the {@link EntityView} of
 * their schema (other versions' properties left out, evolvable members per {@code Prefer}), with their
 * {@code @odata.context} and {@code @odata.etag}; lists as OData collections with {@code @odata.nextLink}.
 * {@code X-Wfi-Emulator-Update} says what the workforce integrations made of a change.
 */
final class ScheduleResponses implements ContainerResponseFilter {
    static final String ANSWER = ScheduleResponses.class.getName() + ".answer";
    static final String UPDATE_OUTCOME = ScheduleResponses.class.getName() + ".update";
    static final String UPDATE_HEADER = "X-Wfi-Emulator-Update";
    static final String RETURN_REPRESENTATION = "return=representation";

    /** What a resource answered: the items (one, or a page), how, and the collection they belong to (null: the schedule). */
    record Answer(ScheduleCollection collection, List<ScheduleItem> items, boolean list, String skipToken, Kind kind) {
    }

    /** How an answer is given. */
    enum Kind { READ, CREATED, REPLACED, DONE }

    private final Contract contract;
    private final URI root;
    private final Map<String, EntityView> views = new ConcurrentHashMap<>();

    ScheduleResponses(Contract contract, URI root) {
        this.contract = contract;
        this.root = root;
    }

    // --- for the resources: each sets the answer and returns the stub's model

    /** One item or the schedule, answered 200 (or as {@code kind} says), and its model for the stub. */
    static <T> T item(ScheduleCollection collection, ScheduleItem item, Kind kind, Class<T> model) {
        CurrentRequest.get().setProperty(ANSWER, new Answer(collection, List.of(item), false, null, kind));
        return model(item.value(), model);
    }

    static <T> T page(ScheduleCollection collection, ScheduleOperations.Page page, Class<T> model) {
        CurrentRequest.get().setProperty(ANSWER, new Answer(collection, page.items(), true, page.skipToken(), Kind.READ));
        ObjectNode response = Json.MAPPER.createObjectNode();
        ArrayNode value = response.putArray("value");
        page.items().forEach(item -> value.add(item.value()));
        return model(response, model);
    }

    /** Approve and decline: 200 without a body. */
    static void done() {
        CurrentRequest.get().setProperty(ANSWER, new Answer(null, List.of(), false, null, Kind.DONE));
    }

    private static <T> T model(ObjectNode value, Class<T> model) {
        try {
            return Json.MAPPER.treeToValue(value, model);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored item does not map onto " + model.getSimpleName(), e);
        }
    }

    // --- the filter

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object outcome = request.getProperty(UPDATE_OUTCOME);
        if (outcome != null) {
            response.getHeaders().putSingle(UPDATE_HEADER, outcome);
        }
        if (!(request.getProperty(ANSWER) instanceof Answer answer) || response.getStatus() >= 300) {
            return;
        }
        if (answer.kind() == Kind.DONE) {
            response.setStatus(200);
            response.setEntity(null);
            return;
        }
        String version = Versions.of(request.getUriInfo());
        String teamId = request.getUriInfo().getPathParameters().getFirst("teamId");
        List<String> prefer = request.getHeaders().get("Prefer");
        boolean preferUnknown = Prefer.includesUnknownEnumMembers(prefer);
        boolean representation = Prefer.names(prefer, RETURN_REPRESENTATION);
        List<String> applied = new ArrayList<>();
        if (preferUnknown) {
            applied.add(Prefer.INCLUDE_UNKNOWN_ENUM_MEMBERS);
        }
        String path = root + version + "/teams/" + teamId + "/schedule" + (answer.collection() == null ? "" : "/" + answer.collection().path());
        String context = root + version + "/$metadata#teams('" + teamId.replace("'", "''") + "')/schedule"
                + (answer.collection() == null ? "" : "/" + answer.collection().path());
        EntityView view = view(answer.collection() == null ? "schedule" : answer.collection().schema());
        if (answer.list()) {
            response.setEntity(GraphResponses.write(out -> {
                out.writeStartObject();
                out.writeStringField("@odata.context", context);
                if (answer.skipToken() != null) {
                    out.writeStringField("@odata.nextLink", nextLink(request, path, answer.skipToken()));
                }
                out.writeArrayFieldStart("value");
                for (ScheduleItem item : answer.items()) {
                    writeItem(out, view, item, version, preferUnknown);
                }
                out.writeEndArray();
                out.writeEndObject();
            }), null, MediaType.APPLICATION_JSON_TYPE);
        } else if (answer.kind() == Kind.REPLACED && !representation) {
            response.setStatus(204);
            response.setEntity(null);
        } else {
            ScheduleItem item = answer.items().get(0);
            response.setEntity(GraphResponses.write(out -> {
                out.writeStartObject();
                out.writeStringField("@odata.context", context + "/$entity");
                if (item.etag() != null) {
                    out.writeStringField("@odata.etag", item.eTag().toString());
                }
                view.writeFields(out, item.value(), version, preferUnknown);
                out.writeEndObject();
            }), null, MediaType.APPLICATION_JSON_TYPE);
            if (answer.kind() == Kind.CREATED) {
                response.setStatus(201);
                response.getHeaders().putSingle(HttpHeaders.LOCATION, path + "/" + item.id());
            } else {
                response.setStatus(200);
                if (answer.kind() == Kind.REPLACED) {
                    applied.add(RETURN_REPRESENTATION);
                }
            }
        }
        if (!applied.isEmpty()) {
            response.getHeaders().putSingle(GraphResponses.PREFERENCE_APPLIED, String.join(", ", applied));
        }
    }

    private static void writeItem(JsonGenerator out, EntityView view, ScheduleItem item, String version, boolean preferUnknown)
            throws IOException {
        out.writeStartObject();
        if (item.etag() != null) {
            out.writeStringField("@odata.etag", item.eTag().toString());
        }
        view.writeFields(out, item.value(), version, preferUnknown);
        out.writeEndObject();
    }

    /** The next page: the same filter and page size, after the last item served. */
    private static String nextLink(ContainerRequestContext request, String path, String skipToken) {
        StringBuilder link = new StringBuilder(path).append("?");
        for (String option : List.of("$filter", "$top")) {
            String value = request.getUriInfo().getQueryParameters().getFirst(option);
            if (value != null) {
                link.append(option).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")).append('&');
            }
        }
        return link.append("$skiptoken=").append(skipToken).toString();
    }

    private EntityView view(String schema) {
        return views.computeIfAbsent(schema, s -> new EntityView(contract, s, new EvolvableMembers(contract, s)));
    }

}
