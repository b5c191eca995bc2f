package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.api.WorkforceIntegrationsApi;
import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationCollectionResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The Graph operations, on the stub interface generated from the contract. The interface's parameters
 * carry what JAX-RS can bind; the body as sent (which properties a PATCH names) and the caller come from
 * the request filters. Statuses, headers and the secret's absence are added by {@link GraphResponses}.
 */
@Path(Versions.TEMPLATE + "/teamwork/workforceIntegrations")
final class WorkforceIntegrationsResource implements WorkforceIntegrationsApi {

    static final int DEFAULT_PAGE_SIZE = 100;
    /** Graph's largest page; a larger {@code $top} is served in pages of this size. */
    static final int MAX_PAGE_SIZE = 999;

    private final IntegrationStore store;
    private final ShiftsCallbacks callbacks;
    private final URI root;

    WorkforceIntegrationsResource(IntegrationStore store, ShiftsCallbacks callbacks, URI root) {
        this.store = store;
        this.callbacks = callbacks;
        this.root = root;
    }

    @Override
    public WorkforceIntegration createWorkforceIntegration(String authorization, WorkforceIntegration ignored,
            UUID msAppActsAs, String prefer) {
        ContainerRequestContext request = CurrentRequest.get();
        ObjectNode supplied = (ObjectNode) RequestBodies.supplied(request);
        Grant grant = BearerAuth.grant(request);
        return answer(request, store.create(id -> {
            Revision candidate = IntegrationChanges.created(id, supplied, grant);
            connect(request, candidate.value());
            return candidate;
        }));
    }

    @Override
    public void deleteWorkforceIntegration(String workforceIntegrationId, String authorization, UUID msAppActsAs) {
        store.delete(workforceIntegrationId);
    }

    @Override
    public WorkforceIntegration getWorkforceIntegration(String workforceIntegrationId, String authorization,
            UUID msAppActsAs, String prefer) {
        return answer(CurrentRequest.get(), store.get(workforceIntegrationId).orElseThrow(GraphError::notFound));
    }

    @Override
    public WorkforceIntegrationCollectionResponse listWorkforceIntegrations(String authorization, UUID msAppActsAs,
            String prefer, Integer top) {
        if (top != null && top < 1) {
            throw GraphError.badRequest("$top must be at least 1.", "$top");
        }
        int size = top == null ? DEFAULT_PAGE_SIZE : Math.min(top, MAX_PAGE_SIZE);
        ContainerRequestContext request = CurrentRequest.get();
        UriInfo uri = request.getUriInfo();
        IntegrationStore.Page page = store.list(SkipToken.decode(uri.getQueryParameters().getFirst("$skiptoken")), size);
        List<Revision> revisions = page.items().stream().map(IntegrationStore.Stored::revision).toList();
        request.setProperty(GraphResponses.REVISIONS, revisions);
        List<WorkforceIntegration> value = revisions.stream().map(Revision::model).toList();
        WorkforceIntegrationCollectionResponse response = new WorkforceIntegrationCollectionResponse().value(value);
        if (page.more()) {
            long last = page.items().get(page.items().size() - 1).seq();
            response.atOdataNextLink(root + Versions.of(uri) + "/teamwork/workforceIntegrations?$top=" + size
                    + "&$skiptoken=" + SkipToken.encode(last));
        }
        return response;
    }

    @Override
    public WorkforceIntegration updateWorkforceIntegration(String workforceIntegrationId, String authorization,
            WorkforceIntegration ignored, UUID msAppActsAs, String prefer) {
        ContainerRequestContext request = CurrentRequest.get();
        ObjectNode supplied = (ObjectNode) RequestBodies.supplied(request);
        Grant grant = BearerAuth.grant(request);
        return answer(request, store.update(workforceIntegrationId, current -> {
            Revision candidate = IntegrationChanges.updated(current, supplied, grant);
            connect(request, candidate.value());
            return candidate;
        }));
    }

    /** The revision's model, for the stub to return; {@link GraphResponses} answers with the revision's body. */
    private static WorkforceIntegration answer(ContainerRequestContext request, Revision revision) {
        request.setProperty(GraphResponses.REVISIONS, List.of(revision));
        return revision.model();
    }

    /** Shifts tests an active integration's endpoint on every create and update; a refusal throws (nothing is stored). */
    private void connect(ContainerRequestContext request, ObjectNode candidate) {
        String outcome = callbacks.connect(candidate);
        if (outcome != null) {
            request.setProperty(GraphResponses.CONNECT_OUTCOME, outcome);
        }
    }

    /** The list's continuation: the creation sequence number of the last item served, opaque to clients. */
    static final class SkipToken {
        private SkipToken() {
        }

        static String encode(long seq) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.US_ASCII));
        }

        static long decode(String token) {
            if (token == null) {
                return 0;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
                if (text.startsWith("seq:")) {
                    long seq = Long.parseLong(text.substring(4));
                    if (seq >= 0) {
                        return seq;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // falls through to the refusal
            }
            throw GraphError.badRequest("$skiptoken is not one this service issued; follow @odata.nextLink as given.", "$skiptoken");
        }
    }
}
