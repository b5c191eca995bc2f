package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import dev.wfi.emulator.ScheduleResponses.Kind;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The emulator's own endpoints, under {@code /_emulator/}: what Graph cannot do but an integrator's tests need. Under
 * {@code /_emulator/teams/{teamId}/} a user acts in Teams: creates items and requests, approves, declines, clocks in
 * and out, shares, and sees the shifts they may swap for and the time-off reasons they may pick. Each action is the
 * Graph operation of the same path under {@code /teams/{teamId}/} (its body, scopes and answer), made by a user in
 * Teams rather than by the WFM: it is sent to the team's workforce integrations first, whatever the headers say.
 * Public because Jersey invokes resource methods reflectively and a package-private class's methods are out of its
 * reach (the Graph resources are reached through their public generated interfaces).
 */
@Path("_emulator")
@Produces(MediaType.APPLICATION_JSON)
public final class EmulatorResource {
    static final String SIMULATE = "simulate";
    /** The actions on an item of a collection, each a Graph operation {@code POST .../{collection}/{id}/{action}}. */
    private static final Set<String> ACTIONS = Set.of("approve", "decline", "clockOut", "startBreak", "endBreak", "confirm");

    private final IntegrationStore store;
    private final TeamSimulation simulation;
    private final ScheduleOperations schedules;

    EmulatorResource(IntegrationStore store, TeamSimulation simulation, ScheduleOperations schedules) {
        this.store = store;
        this.simulation = simulation;
        this.schedules = schedules;
    }

    /** Replays Shifts' update callback for a change in the team's schedule; the body, optional, is a wfmBatchRequest. */
    @POST
    @Path("teams/{teamId}/simulate")
    public ObjectNode simulate(@PathParam("teamId") String teamId) {
        return simulation.replay(teamId, RequestBodies.supplied(CurrentRequest.get()), store.all());
    }

    /** A user creates an item in Teams: a shift, an open shift, a time off, a swap, offer, open shift or time-off request... */
    @POST
    @Path("teams/{teamId}/schedule/{collection}")
    public Object createInTeams(@PathParam("teamId") String teamId, @PathParam("collection") String collection,
            @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        ScheduleCollection served = served(collection);
        return ScheduleResponses.item(served, schedules.create(ScheduleRequest.teams(teamId, actsAs), served), Kind.CREATED,
                ObjectNode.class);
    }

    /** A manager shares the schedule in Teams. */
    @POST
    @Path("teams/{teamId}/schedule/share")
    public void shareInTeams(@PathParam("teamId") String teamId, @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        schedules.share(ScheduleRequest.teams(teamId, actsAs));
    }

    /** A user clocks in in Teams. */
    @POST
    @Path("teams/{teamId}/schedule/timeCards/clockIn")
    public Object clockInInTeams(@PathParam("teamId") String teamId, @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        return ScheduleResponses.item(ScheduleCollection.TIME_CARDS, schedules.clockIn(ScheduleRequest.teams(teamId, actsAs)),
                Kind.CREATED, ObjectNode.class);
    }

    /** A user approves or declines a request in Teams, or clocks out, takes or ends a break, confirms a time card. */
    @POST
    @Path("teams/{teamId}/schedule/{collection}/{id}/{action}")
    public Object actInTeams(@PathParam("teamId") String teamId, @PathParam("collection") String collection,
            @PathParam("id") String id, @PathParam("action") String action, @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        ScheduleCollection served = served(collection);
        ScheduleRequest request = ScheduleRequest.teams(teamId, actsAs);
        if (served.isRequest() && (action.equals("approve") || action.equals("decline"))) {
            schedules.decide(request, served, id, action.equals("approve"));
            ScheduleResponses.done();
            return null;
        }
        TimeCards.Action timeCardAction = served == ScheduleCollection.TIME_CARDS ? TimeCards.Action.named(action) : null;
        if (timeCardAction == null) {
            throw noSuchAction(collection, action);
        }
        return ScheduleResponses.item(served, schedules.timeCardAction(request, id, timeCardAction), Kind.READ, ObjectNode.class);
    }

    /**
     * The shifts a user may ask to swap {@code shiftId} for, between {@code startTime} and {@code endTime}: the team's
     * other users' shifts, as the workforce integration filters them when its {@code eligibilityFilteringEnabledEntities}
     * names {@code swapRequest} (a {@code /read} call).
     */
    @GET
    @Path("teams/{teamId}/schedule/shifts/{shiftId}/requestableShifts")
    public Object requestableShifts(@PathParam("teamId") String teamId, @PathParam("shiftId") String shiftId,
            @QueryParam("startTime") String startTime, @QueryParam("endTime") String endTime,
            @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        return ScheduleResponses.page(ScheduleCollection.SHIFTS,
                schedules.requestableShifts(ScheduleRequest.teams(teamId, actsAs), shiftId, startTime, endTime), ObjectNode.class);
    }

    /** The time-off reasons a user may pick, filtered by the workforce integration when it asks for {@code timeOffReason}. */
    @GET
    @Path("teams/{teamId}/users/{userId}/timeOffReasons")
    public Object eligibleTimeOffReasons(@PathParam("teamId") String teamId, @PathParam("userId") String userId,
            @HeaderParam("MS-APP-ACTS-AS") UUID actsAs) {
        return ScheduleResponses.page(ScheduleCollection.TIME_OFF_REASONS,
                schedules.eligibleTimeOffReasons(ScheduleRequest.teams(teamId, actsAs), userId), ObjectNode.class);
    }

    /**
     * The Graph operation a user's action in Teams stands for, whose body and scopes it takes; empty for the other
     * endpoints and for a path that names no operation. Matched by template, so the contract's cache of matches holds
     * no ids.
     */
    static Optional<OperationMatch> graphOperation(Contract contract, String operation, UriInfo uri) {
        String collection = uri.getPathParameters().getFirst("collection");
        String action = uri.getPathParameters().getFirst("action");
        Optional<String> path = switch (operation) {
            case "createInTeams" -> ScheduleCollection.atPath(collection).map(c -> "POST /teams/{teamId}/schedule/" + c.path());
            case "shareInTeams" -> Optional.of("POST /teams/{teamId}/schedule/share");
            case "clockInInTeams" -> Optional.of("POST /teams/{teamId}/schedule/timeCards/clockIn");
            case "actInTeams" -> ScheduleCollection.atPath(collection).filter(c -> ACTIONS.contains(action))
                    .map(c -> "POST /teams/{teamId}/schedule/" + c.path() + "/{id}/" + action);
            case "requestableShifts" -> Optional.of("GET /teams/{teamId}/schedule/shifts");
            case "eligibleTimeOffReasons" -> Optional.of("GET /teams/{teamId}/schedule/timeOffReasons");
            default -> Optional.empty();
        };
        return path.flatMap(p -> contract.match(p.substring(0, p.indexOf(' ')), p.substring(p.indexOf(' ') + 1)));
    }

    private static ScheduleCollection served(String collection) {
        return ScheduleCollection.atPath(collection).orElseThrow(() -> new GraphError(404, "itemNotFound",
                "No collection '" + collection + "' in a schedule.", null));
    }

    private static GraphError noSuchAction(String collection, String action) {
        return new GraphError(404, "itemNotFound", "No action '" + action + "' on " + collection
                + "; Teams users approve and decline requests, and clock out, start and end breaks and confirm time cards.", null);
    }
}
