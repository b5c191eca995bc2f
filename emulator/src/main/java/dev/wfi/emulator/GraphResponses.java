package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationCollectionResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;

/**
 * What the contract states about answers that the stub interface cannot express: create answers 201 with
 * {@code Location}; every integration is rendered by {@link IntegrationView} (secret null, evolvable members
 * per {@code Prefer}) with its {@code @odata.context}; {@code Preference-Applied} confirms the preference; and
 * {@code X-Wfi-Emulator-Connect} says what became of the {@code /connect} call. A single integration is
 * answered with its {@link Revision}'s body, rendered once per revision and variant.
 */
final class GraphResponses implements ContainerResponseFilter {

    /** The {@link Revision} whose model the resource returned. */
    static final String REVISION = GraphResponses.class.getName() + ".revision";
    static final String CONNECT_OUTCOME = GraphResponses.class.getName() + ".connect";
    static final String CONNECT_HEADER = "X-Wfi-Emulator-Connect";
    static final String PREFERENCE_APPLIED = "Preference-Applied";

    private final IntegrationView view;
    private final URI root;

    GraphResponses(IntegrationView view, URI root) {
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
            if (!(request.getProperty(REVISION) instanceof Revision revision) || revision.model() != integration) {
                throw new IllegalStateException("the resource returned an integration without its revision");
            }
            response.setEntity(revision.answer(version, preferUnknown, () -> {
                ObjectNode body = Json.MAPPER.createObjectNode().put("@odata.context", collection + "/$entity");
                body.setAll(view.render(revision.modelTree(), version, preferUnknown));
                return bytes(body);
            }));
            if (HttpMethod.POST.equals(request.getMethod()) && response.getStatus() == 200) {
                response.setStatus(201);
                response.getHeaders().putSingle(HttpHeaders.LOCATION,
                        root + version + "/teamwork/workforceIntegrations/" + integration.getId());
            }
        } else {
            WorkforceIntegrationCollectionResponse page = (WorkforceIntegrationCollectionResponse) entity;
            ObjectNode body = Json.MAPPER.createObjectNode().put("@odata.context", collection);
            if (page.getAtOdataNextLink() != null) {
                body.put("@odata.nextLink", page.getAtOdataNextLink());
            }
            ArrayNode value = body.putArray("value");
            page.getValue().forEach(item -> value.add(view.render(Json.MAPPER.valueToTree(item), version, preferUnknown)));
            response.setEntity(body);
        }
        if (preferUnknown) {
            response.getHeaders().putSingle(PREFERENCE_APPLIED, Prefer.INCLUDE_UNKNOWN_ENUM_MEMBERS);
        }
        Object connect = request.getProperty(CONNECT_OUTCOME);
        if (connect != null) {
            response.getHeaders().putSingle(CONNECT_HEADER, connect);
        }
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
