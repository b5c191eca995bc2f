package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The emulator's own endpoints, under {@code /_emulator/}: what Graph cannot do but an integrator's tests need.
 * Public because Jersey invokes resource methods reflectively and a package-private class's methods are out of
 * its reach (the Graph resource is reached through its public generated interface).
 */
@Path("_emulator")
public final class EmulatorResource {
    static final String SIMULATE = "simulate";

    private final IntegrationStore store;
    private final TeamSimulation simulation;

    EmulatorResource(IntegrationStore store, TeamSimulation simulation) {
        this.store = store;
        this.simulation = simulation;
    }

    /** Replays Shifts' update callback for a change in the team's schedule; the body, optional, is a wfmBatchRequest. */
    @POST
    @Path("teams/{teamId}/simulate")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode simulate(@PathParam("teamId") String teamId) {
        return simulation.replay(teamId, RequestBodies.supplied(CurrentRequest.get()), store.all());
    }
}
