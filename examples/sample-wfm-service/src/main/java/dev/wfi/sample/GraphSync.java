package dev.wfi.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.api.ShiftsApi;
import dev.wfi.models.api.SwapShiftsChangeRequestsApi;
import dev.wfi.models.model.ScheduleChangeRequestDecision;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.ShiftCollectionResponse;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * The connector's Graph side: what the WFM decides reaches Teams through Graph's Shifts API, with the JAX-RS client on
 * the paths of the generated stubs ({@link ShiftsApi}, {@link SwapShiftsChangeRequestsApi}) and their models. Every
 * write carries {@code X-MS-WFMPassthrough} with the connector's integration id, so Shifts does not send it back to the
 * WFM as a change to approve. Together with {@link SampleWfmResource}, which takes the changes made in Teams, the sample
 * syncs both ways.
 * <pre>
 * GraphSync graph = service.graph(URI.create("http://127.0.0.1:8080/v1.0"), token, integrationId);
 * Shift published = graph.publish(teamId, shiftMadeInTheWfm);
 * </pre>
 */
public final class GraphSync implements AutoCloseable {
    /** Ask for the entity back, and for evolvable enum members (themes such as darkRed) as they are. */
    static final String PREFER = "return=representation, include-unknown-enum-members";
    private static final String PASSTHROUGH = "X-MS-WFMPassthrough";
    /** A bound on the pages one read follows, so a server that always answers a next link cannot hold the connector. */
    private static final int MAX_PAGES = 1000;

    private final ScheduleStore store;
    private final ObjectMapper mapper;
    private final Client client;
    private final URI graph;
    private final String authorization;
    private final String integrationId;

    GraphSync(ScheduleStore store, ObjectMapper mapper, URI graph, String token, String integrationId) {
        this.store = store;
        this.mapper = mapper;
        this.client = ClientBuilder.newBuilder().register(JacksonFeature.withoutExceptionMappers())
                .register(new SampleWfmService.ObjectMapperResolver(mapper)).build();
        this.graph = graph;
        this.authorization = "Bearer " + token;
        this.integrationId = integrationId;
    }

    /**
     * Writes a shift made in the WFM into Teams, and keeps it in the WFM under the id Teams gave it. The passthrough
     * header keeps Shifts from asking the WFM to approve its own shift.
     */
    public Shift publish(String teamId, Shift madeInWfm) {
        Shift published = request(UriBuilder.fromResource(ShiftsApi.class).build(teamId)).header(PASSTHROUGH, integrationId)
                .post(Entity.json(madeInWfm), Shift.class);
        store.put(teamId, "shifts", published.getId(), mapper.valueToTree(published));
        return published;
    }

    /**
     * The WFM decides the swap requests Teams sent it: each pending one whose two shifts the WFM holds is approved
     * through Graph, the others declined. Shifts does not send a change made with passthrough back to the WFM, so the
     * connector then reads the team's shifts, which the approvals exchanged, into the WFM.
     *
     * @return the ids of the approved requests
     */
    public List<String> decideSwaps(String teamId) {
        List<String> approved = new ArrayList<>();
        for (JsonNode swap : store.bodies(teamId, "swaprequests")) {
            if (!"pending".equals(swap.path("state").asText())) {
                continue;
            }
            String id = swap.path("id").asText();
            boolean known = store.get(teamId, "shifts", swap.path("senderShiftId").asText()).isPresent()
                    && store.get(teamId, "shifts", swap.path("recipientShiftId").asText()).isPresent();
            String action = known ? "approveSwapShiftsChangeRequest" : "declineSwapShiftsChangeRequest";
            URI uri = UriBuilder.fromResource(SwapShiftsChangeRequestsApi.class).path(SwapShiftsChangeRequestsApi.class, action)
                    .build(teamId, id);
            ScheduleChangeRequestDecision decision = new ScheduleChangeRequestDecision()
                    .message(known ? "Approved by the WFM." : "The WFM does not hold these shifts.");
            try (Response answer = request(uri).header(PASSTHROUGH, integrationId).post(Entity.json(decision))) {
                if (answer.getStatus() != 200) {
                    throw new IllegalStateException("Graph answered " + answer.getStatus() + " to " + action + " " + id + ": "
                            + answer.readEntity(String.class));
                }
            }
            store.put(teamId, "swaprequests", id, ((ObjectNode) swap.deepCopy()).put("state", known ? "approved" : "declined"));
            if (known) {
                approved.add(id);
            }
        }
        pull(teamId);
        return approved;
    }

    /** Reads the team's shifts from Teams into the WFM, every page of them. */
    public void pull(String teamId) {
        List<JsonNode> read = new ArrayList<>();
        String next = graph.toString() + UriBuilder.fromResource(ShiftsApi.class).build(teamId);
        for (int pages = 0; next != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new IllegalStateException("more than " + MAX_PAGES + " pages of shifts in team " + teamId);
            }
            ShiftCollectionResponse page = request(next).get(ShiftCollectionResponse.class);
            page.getValue().forEach(shift -> read.add(mapper.valueToTree(shift)));
            next = page.getAtOdataNextLink();
        }
        store.replaceAll(teamId, "shifts", read);
    }

    private Invocation.Builder request(URI path) {
        return request(graph.toString() + path);
    }

    private Invocation.Builder request(String url) {
        return client.target(url).request(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", authorization).header("Prefer", PREFER);
    }

    @Override
    public void close() {
        client.close();
    }
}
