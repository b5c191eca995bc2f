package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationCollectionResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * What the contract states about answers that the stub interface cannot express: create answers 201 with
 * {@code Location}; every integration is rendered by {@link EntityView} (secret null, evolvable members
 * per {@code Prefer}) with its {@code @odata.context}; {@code Preference-Applied} confirms the preference; and
 * {@code X-Wfi-Emulator-Connect} says what became of the {@code /connect} call. A single integration is
 * answered with its {@link Revision}'s body, rendered once per revision and variant.
 */
final class GraphResponses implements ContainerResponseFilter {

    /** The {@link Revision}s whose models the resource returned, in order: their JSON is made once, with them. */
    static final String REVISIONS = GraphResponses.class.getName() + ".revisions";
    static final String CONNECT_OUTCOME = GraphResponses.class.getName() + ".connect";
    static final String CONNECT_HEADER = "X-Wfi-Emulator-Connect";
    static final String PREFERENCE_APPLIED = "Preference-Applied";

    private final EntityView view;
    private final URI root;

    GraphResponses(EntityView view, URI root) {
        this.view = view;
        this.root = root;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (!(entity instanceof WorkforceIntegration) && !(entity instanceof WorkforceIntegrationCollectionResponse)) {
            return;
        }
        String version = Versions.of(request.getUriInfo());
        String collection = root + version + "/$metadata#teamwork/workforceIntegrations";
        boolean preferUnknown = Prefer.includesUnknownEnumMembers(request.getHeaders().get("Prefer"));
        if (entity instanceof WorkforceIntegration integration) {
            Revision revision = revisions(request, List.of(integration)).get(0);
            response.setEntity(revision.answer(version, preferUnknown, () -> write(out -> {
                out.writeStartObject();
                out.writeStringField("@odata.context", collection + "/$entity");
                view.writeFields(out, revision.modelTree(), version, preferUnknown);
                out.writeEndObject();
            })));
            if (HttpMethod.POST.equals(request.getMethod()) && response.getStatus() == 200) {
                response.setStatus(201);
                response.getHeaders().putSingle(HttpHeaders.LOCATION,
                        root + version + "/teamwork/workforceIntegrations/" + integration.getId());
            }
        } else {
            WorkforceIntegrationCollectionResponse page = (WorkforceIntegrationCollectionResponse) entity;
            List<Revision> items = revisions(request, page.getValue());
            response.setEntity(write(out -> {
                out.writeStartObject();
                out.writeStringField("@odata.context", collection);
                if (page.getAtOdataNextLink() != null) {
                    out.writeStringField("@odata.nextLink", page.getAtOdataNextLink());
                }
                out.writeArrayFieldStart("value");
                for (Revision item : items) {
                    out.writeStartObject();
                    view.writeFields(out, item.modelTree(), version, preferUnknown);
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }));
        }
        if (preferUnknown) {
            response.getHeaders().putSingle(PREFERENCE_APPLIED, Prefer.INCLUDE_UNKNOWN_ENUM_MEMBERS);
        }
        Object connect = request.getProperty(CONNECT_OUTCOME);
        if (connect != null) {
            response.getHeaders().putSingle(CONNECT_HEADER, connect);
        }
    }

    /** The revisions the resource set aside for the models it returned; anything else is a bug of the resource. */
    @SuppressWarnings("unchecked")
    private static List<Revision> revisions(ContainerRequestContext request, List<WorkforceIntegration> models) {
        List<Revision> revisions = request.getProperty(REVISIONS) instanceof List<?> list ? (List<Revision>) list : List.of();
        boolean same = revisions.size() == models.size();
        for (int i = 0; same && i < models.size(); i++) {
            same = revisions.get(i).model() == models.get(i);
        }
        if (!same) {
            throw new IllegalStateException("the resource returned integrations without their revisions");
        }
        return revisions;
    }

    /** What a body writer wrote, as the bytes of the answer. */
    static byte[] write(BodyWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = Json.MAPPER.createGenerator(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    interface BodyWriter {
        void write(JsonGenerator out) throws IOException;
    }
}
