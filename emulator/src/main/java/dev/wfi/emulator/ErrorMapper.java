package dev.wfi.emulator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.server.ParamException;

/**
 * Every failure becomes an OData error with a status below 500 when the request was at fault, and a
 * generic 500 otherwise. No message of an unexpected exception reaches the client (it could quote the
 * body), and nothing prints a stack trace; the log names only the exception's class. A message repeats no long
 * part of the request's strings ({@link RequestEcho}), and no stored secret.
 */
final class ErrorMapper implements ExceptionMapper<Throwable> {

    private final ServerLog log;
    private final UnaryOperator<String> redact;
    private final RequestEcho echo;

    @Context
    HttpHeaders headers;

    /** @param redact removes the secrets the emulator holds from a message, however a request got one into it */
    ErrorMapper(ServerLog log, UnaryOperator<String> redact, RequestEcho echo) {
        this.log = log;
        this.redact = redact;
        this.echo = echo;
    }

    @Override
    public Response toResponse(Throwable exception) {
        GraphError error = graphError(exception);
        JsonNode body = parsedBody();
        Response response = error.toResponse(clientRequestId(), text -> redact.apply(echo.redact(text, body)));
        if (exception instanceof NotAllowedException notAllowed) {
            return Response.fromResponse(response).allow(notAllowed.getResponse().getAllowedMethods()).build();
        }
        if (error.status == 401) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wfi emulator\", error=\"invalid_token\"").build();
        }
        return response;
    }

    private GraphError graphError(Throwable exception) {
        if (exception instanceof GraphError graph) {
            return graph;
        }
        if (exception instanceof ParamException param) {
            // a header or query value that does not convert (MS-APP-ACTS-AS not a GUID, $top not a number)
            return GraphError.badRequest("Invalid value for the " + param.getParameterType().getSimpleName()
                    .replace("Param", "").toLowerCase(java.util.Locale.ROOT) + " parameter '" + param.getParameterName() + "'.",
                    param.getParameterName());
        }
        if (exception instanceof NotFoundException) {
            return new GraphError(404, "itemNotFound", "No resource at this path; the emulator serves "
                    + "/v1.0/teamwork/workforceIntegrations and /v1.0/teams/{teamId}/schedule (and the same under /beta/).", null);
        }
        if (exception instanceof NotAllowedException) {
            return new GraphError(405, "methodNotAllowed", "The method is not allowed on this resource.", null);
        }
        if (exception instanceof NotSupportedException) {
            return new GraphError(415, "unsupportedMediaType", "The body must be JSON (Content-Type: application/json).", null);
        }
        if (exception instanceof NotAcceptableException) {
            return new GraphError(406, "notAcceptable", "The emulator answers application/json only.", null);
        }
        if (hasJacksonCause(exception)) {
            return GraphError.badRequest("The body is not valid JSON for this operation.", null);
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return new GraphError(status, status == 413 ? "requestEntityTooLarge" : "BadRequest",
                    "The request was refused (HTTP " + status + ").", null);
        }
        log.line("internal error: " + exception.getClass().getName());
        return new GraphError(500, "generalException", "The emulator failed to process the request.", null);
    }

    private static boolean hasJacksonCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    /** The request's body as parsed, when there is one: no long part of it is repeated ({@link RequestEcho}). */
    private static JsonNode parsedBody() {
        try {
            return CurrentRequest.get().getProperty(RequestBodies.PARSED) instanceof JsonNode body ? body : null;
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }

    private String clientRequestId() {
        try {
            return headers == null ? null : headers.getHeaderString("client-request-id");
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }
}
