package dev.wfi.callback.jaxrs;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Logger;

/**
 * Any exception becomes a short JSON error, never a stack trace; the callback filter then turns it into
 * per-item statuses on {@code /update} and {@code /read}. Only the exception's class is logged: a
 * message may quote the decrypted body.
 */
final class CallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(CallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(CallbackFilter.errorJson(status >= 500 ? "internalError" : "badRequest",
                            "HTTP " + status)).build();
        }
        if (isJson(exception)) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(CallbackFilter.errorJson("invalidJson", "the decrypted body is not valid JSON for this endpoint")).build();
        }
        LOG.warning(() -> "a callback handler failed: " + exception.getClass().getName());
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(CallbackFilter.errorJson("internalError", "the connector failed")).build();
    }

    private static boolean isJson(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }
}
