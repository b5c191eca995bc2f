package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;

/**
 * Who asks for a change to a team's schedule, and how: the caller's grant, the user an application acts for
 * ({@code MS-APP-ACTS-AS}), the workforce integration that marks the change as its own ({@code X-MS-WFMPassthrough}),
 * whether it stands for a user in Teams ({@code /_emulator/...}), the Graph version and the checked body.
 */
final class ScheduleRequest {
    private final ContainerRequestContext request;
    private final String teamId;
    private final UUID actsAs;
    private final String passthrough;
    private final boolean inTeams;

    private ScheduleRequest(ContainerRequestContext request, String teamId, UUID actsAs, String passthrough, boolean inTeams) {
        this.request = request;
        this.teamId = teamId;
        this.actsAs = actsAs;
        this.passthrough = passthrough == null || passthrough.isBlank() ? null : passthrough.strip();
        this.inTeams = inTeams;
    }

    /** A Graph request to the Shifts API, the one this thread serves. */
    static ScheduleRequest graph(String teamId, UUID actsAs, String passthrough) {
        return new ScheduleRequest(CurrentRequest.get(), teamId, actsAs, passthrough, false);
    }

    /** A user's action in Teams ({@code /_emulator/teams/...}): never the WFM's own. */
    static ScheduleRequest teams(String teamId, UUID actsAs) {
        return new ScheduleRequest(CurrentRequest.get(), teamId, actsAs, null, true);
    }

    String teamId() {
        return teamId;
    }

    Grant grant() {
        return BearerAuth.grant(request);
    }

    /** The workforce integration id the caller sent as {@code X-MS-WFMPassthrough}, or null. */
    String passthrough() {
        return passthrough;
    }

    boolean inTeams() {
        return inTeams;
    }

    /** The user the change is made for: {@code MS-APP-ACTS-AS} when sent, else a delegated token's user; null for an app alone. */
    String actingUser() {
        if (actsAs != null) {
            return actsAs.toString();
        }
        Grant grant = grant();
        return grant.application() ? null : grant.principalId();
    }

    String version() {
        return Versions.of(request.getUriInfo());
    }

    /** The checked body ({@link RequestBodies}), or null when the operation takes none. */
    JsonNode body() {
        return RequestBodies.supplied(request);
    }

    /** A query parameter as sent. */
    String query(String name) {
        return request.getUriInfo().getQueryParameters().getFirst(name);
    }

    java.util.Set<String> queryNames() {
        return request.getUriInfo().getQueryParameters().keySet();
    }

    /** What became of the workforce integrations' approval, for the answer's {@code X-Wfi-Emulator-Update} header. */
    void reportUpdate(String outcome) {
        request.setProperty(ScheduleResponses.UPDATE_OUTCOME, outcome);
    }
}
