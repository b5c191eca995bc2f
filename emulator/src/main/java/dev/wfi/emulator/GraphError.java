package dev.wfi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A request the emulator refuses, as Graph would: a status and the OData error envelope of the contract
 * ({@code odataError}: {@code {"error": {"code", "message", "target", "innerError"}}}). Thrown from filters
 * and the resource and turned into a response by {@link ErrorMapper}; it carries no stack trace, being a
 * value rather than a bug.
 */
final class GraphError extends RuntimeException {

    /** Echoed only when harmless: a header value goes back into a JSON body, never into a header. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    final int status;
    final String code;
    /** The property or parameter concerned ({@code encryption.secret}, {@code $top}), or null. */
    final String target;

    GraphError(int status, String code, String message, String target) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.target = target;
    }

    static GraphError badRequest(String message, String target) {
        return new GraphError(400, "BadRequest", message, target);
    }

    static GraphError notFound() {
        return new GraphError(404, "itemNotFound", "The requested workforce integration was not found.", null);
    }

    static GraphError unauthorized(String message) {
        return new GraphError(401, "InvalidAuthenticationToken", message, null);
    }

    static GraphError forbidden(String message) {
        return new GraphError(403, "accessDenied", message, null);
    }

    static GraphError tooLarge(long limit) {
        return new GraphError(413, "requestEntityTooLarge", "The body is larger than " + limit + " bytes.", null);
    }

    /**
     * The body of an answer the server gives before the emulator sees the request (malformed or late), in Graph's
     * shape; the kit's codes of 400 and 413 become Graph's.
     */
    static String serverAnswer(int status, String code, String message) {
        String graphCode = status == 400 ? "BadRequest" : status == 413 ? "requestEntityTooLarge" : code;
        return new GraphError(status, graphCode, message, null).body(null, UnaryOperator.identity()).toString();
    }

    /** @param redact applied to the message, which may quote the request, before it leaves */
    Response toResponse(String clientRequestId, UnaryOperator<String> redact) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(clientRequestId, redact)).build();
    }

    private ObjectNode body(String clientRequestId, UnaryOperator<String> redact) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        ObjectNode error = envelope.putObject("error");
        error.put("code", code);
        error.put("message", redact.apply(getMessage()));
        if (target != null) {
            error.put("target", redact.apply(target));
        }
        ObjectNode inner = error.putObject("innerError");
        inner.put("request-id", UUID.randomUUID().toString());
        if (clientRequestId != null && SAFE_ID.matcher(clientRequestId).matches()) {
            inner.put("client-request-id", clientRequestId);
        }
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return envelope;
    }
}
